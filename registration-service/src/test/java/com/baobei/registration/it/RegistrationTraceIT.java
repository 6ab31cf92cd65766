package com.baobei.registration.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventJson;
import com.baobei.contracts.Ids;
import com.baobei.contracts.Topics;
import com.baobei.contracts.TraceParent;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.TopicReader;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.registration.testing.MasterDataSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * ADR 0026 in this service: the caller's traceparent (or a new trace) survives the event store, the outbox, and
 * reaches the record as its {@code traceparent} header; the JSON log line of the stored registration names it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureObservability(metrics = false)
@ExtendWith(OutputCaptureExtension.class)
class RegistrationTraceIT {

    private static final String TRACE_ID = "0026c0ffee5eed0026a1b2c3d4e5f607";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Test
    void the_callers_trace_reaches_the_record_and_the_log_line(CapturedOutput output) throws Exception {
        String project = seededProject();
        String registrationId = register(project, "00-" + TRACE_ID + "-00f067aa0ba902b7-01");

        assertThat(traceIdOf(recordOf(project, registrationId))).isEqualTo(TRACE_ID);
        List<JsonNode> lines = output.getOut().lines().filter(l -> l.startsWith("{") && l.contains(registrationId))
                .map(RegistrationTraceIT::json).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).path("traceId").asText()).isEqualTo(TRACE_ID);
        assertThat(lines.get(0).path("message").asText()).startsWith("registration " + registrationId + " stored");
    }

    @Test
    void a_call_without_a_traceparent_gets_a_trace_of_its_own() {
        String project = seededProject();
        String registrationId = register(project, null);

        assertThat(traceIdOf(recordOf(project, registrationId))).isNotEqualTo(TRACE_ID).hasSize(32);
    }

    private String register(String project, String traceparent) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestTokens.shared().agent("t-it", "c1", "a1"));
        if (traceparent != null) {
            headers.set(TraceParent.HEADER, traceparent);
        }
        String body = """
                {"tenantId":"t-it","projectId":"%s","channelId":"c1","channelKind":"AGENCY","agentId":"a1",
                 "clientSurname":"王","maskedPhone":"138****5678"}""".formatted(project);
        ResponseEntity<Map> created = http.postForEntity("/api/v1/registrations", new HttpEntity<>(body, headers),
                Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return (String) created.getBody().get("registrationId");
    }

    private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(TraceParent.HEADER);
        assertThat(header).as("traceparent header").isNotNull();
        return TraceParent.traceId(new String(header.value(), StandardCharsets.UTF_8)).orElse("malformed");
    }

    private static ConsumerRecord<String, byte[]> recordOf(String project, String registrationId) {
        try (TopicReader reader = new TopicReader(RealInfrastructure.shared().kafkaBootstrapServers(),
                Topics.REGISTRATION_EVENTS.name())) {
            List<ConsumerRecord<String, byte[]>> read = reader.readUntil(
                    all -> all.stream().anyMatch(r -> r.key().endsWith(":" + project)), Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> ours = read.stream().filter(r -> r.key().endsWith(":" + project))
                    .toList();
            assertThat(ours).hasSize(1);
            assertThat(EventJson.read(ours.get(0).value()).data()).hasFieldOrPropertyWithValue("registrationId",
                    registrationId);
            return ours.get(0);
        }
    }

    /** A new project of t-it, with channel c1 and its agent a1 (ADR 0014: the gate needs them). */
    private String seededProject() {
        String project = "p-" + Ids.newId();
        MasterDataSeed.tenant(http.getRootUri(), "t-it").projects(project).channel("c1", "AGENCY", "a1");
        return project;
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
