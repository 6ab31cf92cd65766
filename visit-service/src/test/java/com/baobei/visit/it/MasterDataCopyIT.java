package com.baobei.visit.it;

import com.baobei.contracts.Ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.Topics;
import com.baobei.contracts.masterdata.ConsultantChanged;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.TopicReader;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.visit.testing.MasterDataSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The master-data copy (ADR 0014): a record on {@code baobei.masterdata.events} reaches the local copy, only a
 * newer record replaces it, an unreadable one goes to the dead letters; and a write naming a project or consultant
 * the copy does not know, or a project it knows as inactive, is refused with 422 naming the field.
 */
// the properties every IT here uses: one context, so one publisher (two would both publish, ADR 0002)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = VisitPublishingIT.PROPERTIES)
@UsesRealInfrastructure
class MasterDataCopyIT {

    private static final String TENANT = VisitPublishingIT.TENANT;

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVisitNamingAnUnknownOrInactiveProjectOrAnUnknownConsultantIsRefused() {
        String project = "md-" + Ids.newId();
        MasterDataSeed.project(jdbc, TENANT, project);
        LocalDate today = LocalDate.ofInstant(Instant.now(), VisitPublishingIT.ZONE);
        assertThat(send(HttpMethod.PUT, "/api/v1/projects/" + project + "/rotation/" + today,
                "{\"consultants\":[\"cs-a\"]}").getStatusCode().value()).isEqualTo(200);
        assertThat(send(HttpMethod.PUT, "/api/v1/projects/" + project + "/rotation/" + today,
                "{\"consultants\":[\"cs-a\",\"cs-nobody\"]}").getStatusCode().value()).isEqualTo(422);
        long stored = storedEvents();

        assertRefused(visit("nowhere-" + Ids.newId(), "cs-a"), "projectId");
        assertRefused(visit(project, "cs-nobody"), "consultantId");
        assertThat(storedEvents()).isEqualTo(stored);
        assertThat(visit(project, "cs-a").getStatusCode().value()).isEqualTo(201);

        EventEnvelope closed = MasterDataSeed.projectChanged(TENANT, project, false);
        MasterDataSeed.publish(List.of(closed));
        MasterDataSeed.await(jdbc, List.of(closed));
        assertRefused(visit(project, "cs-a"), "projectId");
    }

    @Test
    void onlyANewerRecordReplacesTheCopyAndARedeliveryChangesNothing() {
        String project = "md-" + Ids.newId();
        EventEnvelope newer = MasterDataSeed.envelope(TENANT, project, new ConsultantChanged("cs-x", "新", null, null, false));
        EventEnvelope older = new EventEnvelope(Ids.newId(), newer.eventType(), newer.source(), TENANT,
                project, null, newer.occurredAt().minusSeconds(60), newer.recordedAt().minusSeconds(60),
                new ConsultantChanged("cs-x", "旧", null, null, true));
        MasterDataSeed.publish(List.of(newer));
        MasterDataSeed.await(jdbc, List.of(newer));

        // the older state arrives late, then the newer one again: the copy keeps the newer, once
        EventEnvelope marker = MasterDataSeed.envelope(TENANT, project, new ConsultantChanged("cs-y", "标记", null, null, true));
        MasterDataSeed.publish(List.of(older, newer, marker));
        MasterDataSeed.await(jdbc, List.of(marker));

        assertThat(jdbc.queryForMap("select event_id, active, body->>'name' as name from master_data "
                + "where tenant_id = ? and kind = 'consultant' and id = ?", TENANT, project + ":cs-x"))
                .containsEntry("event_id", newer.eventId()).containsEntry("active", false).containsEntry("name", "新");
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLettersAndTheNextOneIsCopied() {
        String project = "md-" + Ids.newId();
        String garbageKey = TENANT + ":project:" + project + "-garbage";
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(java.util.Map.of("bootstrap.servers",
                RealInfrastructure.shared().kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.MASTER_DATA.name(), garbageKey,
                    "{\"eventType\":\"masterdata.ProjectChanged.v1\"}".getBytes(StandardCharsets.UTF_8)));
            producer.flush();
        }
        EventEnvelope next = MasterDataSeed.projectChanged(TENANT, project, true);
        MasterDataSeed.publish(List.of(next));
        MasterDataSeed.await(jdbc, List.of(next));

        try (TopicReader reader = new TopicReader(RealInfrastructure.shared().kafkaBootstrapServers(),
                Topics.MASTER_DATA.deadLetter())) {
            List<ConsumerRecord<String, byte[]>> dead = reader.readUntil(
                    read -> read.stream().anyMatch(r -> garbageKey.equals(r.key())), Duration.ofSeconds(30));
            assertThat(dead).extracting(ConsumerRecord::key).contains(garbageKey);
        }
    }

    private void assertRefused(ResponseEntity<String> response, String field) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        List<String> fields = new ArrayList<>();
        read(response.getBody()).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactly(field);
    }

    private ResponseEntity<String> visit(String project, String consultant) {
        String at = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        return send(HttpMethod.POST, "/api/v1/visits", """
                {"tenantId":"%s","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"139%08d",
                 "visitedAt":"%s","consultantId":"%s"}""".formatted(TENANT, project,
                (int) (Math.random() * 100_000_000), at, consultant));
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestTokens.shared().token("sm-md", TENANT, "SITE_MANAGER").sign());
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static JsonNode read(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
