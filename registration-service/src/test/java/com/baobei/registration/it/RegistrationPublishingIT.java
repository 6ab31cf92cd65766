package com.baobei.registration.it;

import com.baobei.contracts.Ids;
import com.baobei.platform.testing.TopicReader;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.PersonalData;
import com.baobei.contracts.SchemaAssertions;
import com.baobei.contracts.Topics;
import com.baobei.contracts.registration.Registered;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.registration.testing.MasterDataSeed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** REST in, the published language out, through a real broker and a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
class RegistrationPublishingIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRegistrationAppearsOnTheTopicExactlyAsTheContractSays() throws Exception {
        String project = seededProject();
        ResponseEntity<Map> created = register(project, "a1", null, body(project, "a1", "138****5678"));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String registrationId = (String) created.getBody().get("registrationId");

        ConsumerRecord<String, byte[]> record = onlyRecordOf(project, 1).get(0);
        String json = new String(record.value(), StandardCharsets.UTF_8);
        SchemaAssertions.assertValid(record.value());
        PersonalData.assertNoFullPhoneNumbers(json);
        assertThat(record.key()).isEqualTo("t-it:" + project);
        EventEnvelope envelope = EventJson.read(record.value());
        JSONAssert.assertEquals("""
                {"eventType":"registration.Registered.v1","source":"registration-service",
                 "tenantId":"t-it","projectId":"%s","clientKey":"t-it:%s:138****5678",
                 "occurredAt":"%s",
                 "data":{"registrationId":"%s","channelId":"c1","channelKind":"AGENCY","agentId":"a1",
                         "clientSurname":"王","maskedPhone":"138****5678",
                         "companions":[{"surname":"李","maskedPhone":"139****0000"}],"intake":"API"}}
                """.formatted(project, project, created.getBody().get("registeredAt"), registrationId),
                json, JSONCompareMode.LENIENT);
        assertThat(envelope.data()).isInstanceOf(Registered.class);
        assertThat(envelope.recordedAt()).isNotNull();
        assertThat(envelope.eventId()).isNotBlank();
    }

    /**
     * ADR 0034, "Memory: Axon's shared event cache": the publisher reads its own stream. Axon's shared reader (its
     * thread is named after {@code EmbeddedEventStore}) starts once a processor has caught up and tails the store; behind
     * a slow publisher it held 135,001 events and the service died during history imports.
     */
    @Test
    void thePublisherReadsItsOwnStreamNotAxonsSharedCache() {
        String project = seededProject();
        assertThat(register(project, "a1", null, body(project, "a1", "138****4321")).getStatusCode().value())
                .isEqualTo(201);
        onlyRecordOf(project, 1);

        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("EmbeddedEventStore"));
    }

    @Test
    void aRejectedRequestStoresNothingAndPublishesNothing() {
        String project = seededProject();
        long storedBefore = storedEvents();
        ResponseEntity<Map> refused = register(project, "a1", null, body(project, "a1", "13812345678"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().toString()).contains("maskedPhone").doesNotContain("13812345678");
        assertThat(storedEvents()).isEqualTo(storedBefore);

        // a valid registration after it is the only thing the project ever published
        register(project, "a1", null, body(project, "a1", "138****5678"));
        assertThat(onlyRecordOf(project, 1)).hasSize(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndStoresNothingNew() {
        String project = seededProject();
        String key = Ids.newId();
        ResponseEntity<Map> first = register(project, "a1", key, body(project, "a1", "138****5678"));
        long storedAfterFirst = storedEvents();
        ResponseEntity<Map> retry = register(project, "a1", key, body(project, "a1", "138****5678"));

        assertThat(retry.getStatusCode()).isEqualTo(first.getStatusCode());
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(storedEvents()).isEqualTo(storedAfterFirst);
        ResponseEntity<Map> changed = register(project, "a1", key, body(project, "a1", "138****9999"));
        assertThat(changed.getStatusCode().value()).isEqualTo(422);
        assertThat(onlyRecordOf(project, 1)).hasSize(1);
    }

    /** ADR 0036: a retry sent while the first is still queued may be stored in the same batch; only one is kept. */
    @Test
    void theSameKeySentManyTimesAtOnceStoresOneRegistrationAndAnswersEveryoneAlike() throws Exception {
        String project = seededProject();
        String key = Ids.newId();
        long storedBefore = storedEvents();
        int callers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<ResponseEntity<Map>>> sent = new java.util.ArrayList<>();
        for (int c = 0; c < callers; c++) {
            sent.add(pool.submit(() -> {
                start.await();
                return register(project, "a1", key, body(project, "a1", "138****5678"));
            }));
        }
        start.countDown();
        List<ResponseEntity<Map>> answers = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<ResponseEntity<Map>> f : sent) {
            answers.add(f.get());
        }
        pool.shutdown();
        for (ResponseEntity<Map> answer : answers) {
            assertThat(answer.getStatusCode().value()).isEqualTo(201);
            assertThat(answer.getBody()).isEqualTo(answers.get(0).getBody());
        }
        assertThat(onlyRecordOf(project, 1)).hasSize(1);
        assertThat(storedEvents()).isEqualTo(storedBefore + 1);
    }

    @Test
    void onlyAChannelAgentRegistersAndOnlyForThemselves() {
        String project = seededProject();
        HttpHeaders headers = headers(TestTokens.shared().office("SITE_MANAGER", "m1", "t-it"), null);
        assertThat(http.postForEntity("/api/v1/registrations", new HttpEntity<>(body(project, "a1", "138****5678"),
                headers), Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(register(project, "someone-else", null, body(project, "a1", "138****5678"))
                .getStatusCode().value()).isEqualTo(403);
    }

    /**
     * ADR 0036: registrations sent at once by many agents reach the topic in the order of their registration times,
     * each time later than the one before, so the attribution service can fold each on from the last (ADR 0031).
     */
    @Test
    void concurrentRegistrationsIntoOneProjectReachTheTopicInTheOrderOfTheirTimes() throws Exception {
        String project = seededProject();
        int callers = 8;
        int each = 25;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            sent.add(pool.submit(() -> {
                int created = 0;
                for (int i = 0; i < each; i++) {
                    String phone = "138****%02d%02d".formatted(caller, i);
                    created += register(project, "a1", null, body(project, "a1", phone)).getStatusCode().value()
                            == 201 ? 1 : 0;
                }
                return created;
            }));
        }
        int created = 0;
        for (java.util.concurrent.Future<Integer> f : sent) {
            created += f.get();
        }
        pool.shutdown();
        assertThat(created).isEqualTo(callers * each);

        List<java.time.Instant> times = onlyRecordOf(project, created).stream()
                .map(r -> EventJson.read(r.value()).occurredAt()).toList();
        assertThat(times).hasSize(created);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).as("registration %d on the topic after %s", i, times.get(i - 1))
                    .isAfter(times.get(i - 1));
        }
    }

    /** A new project of t-it, with channel c1 and its agent a1 at every project (ADR 0014: the gate needs them). */
    private String seededProject() {
        String project = "p-" + Ids.newId();
        MasterDataSeed.tenant(http.getRootUri(), "t-it").projects(project).channel("c1", "AGENCY", "a1");
        return project;
    }

    private List<ConsumerRecord<String, byte[]>> onlyRecordOf(String project, int expected) {
        try (TopicReader reader = new TopicReader(RealInfrastructure.shared().kafkaBootstrapServers(),
                Topics.REGISTRATION_EVENTS.name())) {
            List<ConsumerRecord<String, byte[]>> all = reader.readUntil(
                    read -> ofProject(read, project).size() >= expected, Duration.ofSeconds(30));
            // a short extra read makes sure nothing else of this project follows
            all.addAll(reader.readUntil(read -> false, Duration.ofMillis(500)));
            return ofProject(all, project);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> ofProject(List<ConsumerRecord<String, byte[]>> records,
                                                                  String project) {
        return records.stream().filter(r -> r.key().endsWith(":" + project)).toList();
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private ResponseEntity<Map> register(String project, String actor, String key, String body) {
        return http.postForEntity("/api/v1/registrations",
                new HttpEntity<>(body, headers(TestTokens.shared().agent("t-it", "c1", actor), key)), Map.class);
    }

    private static HttpHeaders headers(String token, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return headers;
    }

    private static String body(String project, String agent, String phone) {
        return """
                {"tenantId":"t-it","projectId":"%s","channelId":"c1","channelKind":"AGENCY","agentId":"%s",
                 "clientSurname":"王","maskedPhone":"%s","companions":[{"surname":"李","maskedPhone":"139****0000"}]}
                """.formatted(project, agent, phone);
    }
}
