package com.baobei.registration.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Ids;
import com.baobei.contracts.Topics;
import com.baobei.contracts.visit.ErasureRequested;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.registration.testing.MasterDataSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * PIPL erasure as it reaches the registration service (ADR 0033), through a real broker and a real PostgreSQL: the
 * visit service's {@code visit.ErasureRequested.v1} deletes the evidence files of the erased client's disputes at that
 * project, keeps their SHA-256, and the files read as erased (410, problem+json); another client's files and the
 * dispute itself stay; a redelivered erasure changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceErasureIT {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PHOTO = jpeg(4096);

    private final String tenant = "erase-" + UUID.randomUUID().toString().substring(0, 8);
    private final String agent = TOKENS.agent(tenant, "c1", "a1");
    private final String siteManager = TOKENS.office("SITE_MANAGER", "sm-p1", tenant, "p1");

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void masterData() {
        MasterDataSeed.tenant(http.getRootUri(), tenant).projects("p1", "p2").channel("c1", "AGENCY", "a1");
    }

    @Test
    void anErasureDeletesTheFilesOfTheClientsDisputesKeepsTheirHashesAndARedeliveryChangesNothing() throws Exception {
        JsonNode photo = created(upload("p1", "现场照片.jpg"));
        JsonNode recording = created(upload("p1", "来电录音.jpg"));
        JsonNode otherClients = created(upload("p1", "另一客户.jpg"));
        assertThat(dispute("138****5678", photo, recording).getStatusCode().value()).isEqualTo(201);
        assertThat(dispute("139****0001", otherClients).getStatusCode().value()).isEqualTo(201);
        assertThat(read(photo).getStatusCode().value()).isEqualTo(200);

        EventEnvelope erasure = erasure("p1", "138****5678");
        publish(erasure);
        await(() -> jdbc.queryForObject("select count(*) from erasure_applied where event_id = ?", Long.class,
                erasure.eventId()) == 1);

        ResponseEntity<String> gone = http.exchange("/api/v1/evidence/" + photo.path("evidenceId").asText(),
                HttpMethod.GET, new HttpEntity<>(bearer(siteManager)), String.class);
        assertThat(gone.getStatusCode().value()).isEqualTo(410);
        assertThat(gone.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(gone.getBody()).contains(photo.path("sha256").asText());
        Map<String, Object> row = jdbc.queryForMap("select content, sha256, erasure_id, erased_at from evidence_file "
                + "where evidence_id = ?", photo.path("evidenceId").asText());
        assertThat(row.get("content")).isNull();
        assertThat(row).containsEntry("sha256", photo.path("sha256").asText())
                .containsEntry("erasure_id", ((ErasureRequested) erasure.data()).erasureId());
        assertThat(jdbc.queryForObject("select content is null from evidence_file where evidence_id = ?",
                Boolean.class, recording.path("evidenceId").asText())).isTrue();
        assertThat(read(otherClients).getStatusCode().value()).as("another client's file").isEqualTo(200);
        assertThat(jdbc.queryForObject("select files_erased from erasure_applied where event_id = ?", Integer.class,
                erasure.eventId())).isEqualTo(2);

        // redelivered, and the same erasure at a project where this client has no dispute: nothing more changes
        EventEnvelope elsewhere = erasure("p2", "138****5678");
        publish(erasure);
        publish(elsewhere);
        await(() -> jdbc.queryForObject("select count(*) from erasure_applied where event_id = ?", Long.class,
                elsewhere.eventId()) == 1);
        assertThat(jdbc.queryForObject("select count(*) from erasure_applied where tenant_id = ?", Long.class, tenant))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select files_erased from erasure_applied where event_id = ?", Integer.class,
                erasure.eventId())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from evidence_file where tenant_id = ? and content is null",
                Long.class, tenant)).isEqualTo(2);
        assertThat(read(otherClients).getBody()).isEqualTo(PHOTO);
    }

    private EventEnvelope erasure(String project, String masked) {
        Instant now = Instant.now();
        return EventEnvelope.of(Ids.newId(), tenant, project, ClientKeys.clientKey(tenant, project, masked), now, now,
                new ErasureRequested("er-" + Ids.newId(), "ab".repeat(32), ErasureRequested.Trigger.REQUEST));
    }

    private static void publish(EventEnvelope envelope) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.VISIT_EVENTS.name(), envelope.partitionKey(),
                    EventJson.write(envelope)));
            producer.flush();
        }
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("the erasure applied within a minute").isBefore(until);
            Thread.sleep(200);
        }
    }

    private ResponseEntity<String> dispute(String masked, JsonNode... files) {
        String refs = String.join(",", Arrays.stream(files).map(f -> "\"" + f.path("ref").asText() + "\"").toList());
        HttpHeaders headers = bearer(agent);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/v1/disputes", HttpMethod.POST, new HttpEntity<>("""
                {"tenantId":"%s","projectId":"p1","channelId":"c1","agentId":"a1","kind":"OWNERSHIP",
                 "clientSurname":"王","maskedPhone":"%s","evidenceRefs":[%s],"statement":"我方首先报备"}"""
                .formatted(tenant, masked, refs), headers), String.class);
    }

    private ResponseEntity<String> upload(String project, String name) {
        HttpHeaders headers = bearer(agent);
        headers.setContentType(MediaType.IMAGE_JPEG);
        return http.exchange("/api/v1/evidence?projectId={p}&fileName={n}", HttpMethod.POST,
                new HttpEntity<>(PHOTO, headers), String.class, project, name);
    }

    private ResponseEntity<byte[]> read(JsonNode evidence) {
        return http.exchange("/api/v1/evidence/" + evidence.path("evidenceId").asText(), HttpMethod.GET,
                new HttpEntity<>(bearer(siteManager)), byte[].class);
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    private static JsonNode created(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        try {
            return JSON.readTree(answer.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 0x20);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }
}
