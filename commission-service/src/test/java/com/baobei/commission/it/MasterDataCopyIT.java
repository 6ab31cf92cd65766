package com.baobei.commission.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.testing.MasterDataSeed;
import com.baobei.contracts.Ids;
import com.baobei.contracts.Topics;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.TopicReader;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The master-data copy (ADR 0014): agreements and fines naming a project, channel or agent that no record on
 * {@code baobei.masterdata.events} defined are refused with 422 naming the field; once the records are copied they
 * pass; an unreadable record goes to the dead letters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
class MasterDataCopyIT {

    static final String TENANT = "t-md";
    static final String FINANCE = TestTokens.shared().of("FINANCE", TENANT);
    static final String AGREEMENT = """
            {"versions":[{"effectiveFrom":"2024-01-01","tiers":[{"from":"1","ratePercent":"1.0"}]}]}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void agreementsAndFinesNameWhatTheMasterDataDefines() {
        String project = "pmd" + UUID.randomUUID().toString().substring(0, 8);
        String agreement = "/api/v1/projects/" + project + "/channels/ch-md/agreement";
        long agreements = count("agreement");

        assertRefused(call(HttpMethod.PUT, agreement, AGREEMENT), "projectId", "channelId");
        assertRefused(call(HttpMethod.POST, "/api/v1/fines", fine(project, "a-1")), "projectId", "channelId");
        assertThat(count("agreement")).isEqualTo(agreements);

        MasterDataSeed.into(jdbc, bootstrap).project(TENANT, project, true).channel(TENANT, "ch-md", "a-1").publish();

        assertThat(call(HttpMethod.PUT, agreement, AGREEMENT).getStatusCode().value()).isEqualTo(200);
        assertRefused(call(HttpMethod.POST, "/api/v1/fines", fine(project, "a-2")), "agentId");
        assertThat(call(HttpMethod.POST, "/api/v1/fines", fine(project, "a-1")).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetters() {
        String key = TENANT + ":channel:garbage-" + Ids.newId();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.MASTER_DATA.name(), key,
                    "not json".getBytes(StandardCharsets.UTF_8)));
            producer.flush();
        }
        try (TopicReader reader = new TopicReader(bootstrap, Topics.MASTER_DATA.deadLetter())) {
            List<ConsumerRecord<String, byte[]>> dead = reader.readUntil(
                    read -> read.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(30));
            assertThat(dead).extracting(ConsumerRecord::key).contains(key);
        }
    }

    private static String fine(String project, String agent) {
        return """
                {"fineId":"%s","projectId":"%s","channelId":"ch-md","reasonCode":"FORBIDDEN_ZONE","agentId":"%s"}"""
                .formatted(com.baobei.contracts.Ids.newId(), project, agent);
    }

    private void assertRefused(ResponseEntity<JsonNode> response, String... fields) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(422);
        List<String> named = new ArrayList<>();
        response.getBody().path("errors").forEach(e -> named.add(e.path("field").asText()));
        assertThat(named).containsExactly(fields);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Long.class, TENANT);
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(FINANCE);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
