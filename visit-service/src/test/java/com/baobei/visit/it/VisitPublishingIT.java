package com.baobei.visit.it;

import com.baobei.contracts.Ids;
import com.baobei.visit.testing.MasterDataSeed;
import com.baobei.visit.testing.DisputeSeed;
import com.baobei.platform.testing.TopicReader;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.PersonalData;
import com.baobei.contracts.Phones;
import com.baobei.contracts.SchemaAssertions;
import com.baobei.contracts.Topics;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * REST in, the published language out, through a real broker and a real PostgreSQL: exactly the
 * contract's JSON, valid against its schema, and no full phone number on the topic, in the event
 * store or in the log (ID-4).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = VisitPublishingIT.PROPERTIES)
@UsesRealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class VisitPublishingIT {

    /** Every IT class uses these, so they share one context (and one publisher). */
    static final String PROPERTIES = "baobei.pii.tenant-secrets.t-it=it-tenant-secret";
    static final String TENANT = "t-it";
    static final String SECRET = "it-tenant-secret";
    static final String WANG = "13812345678";
    static final String LI = "13920462046";
    static final String ZHAO = "18604170417";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNaturalVisitIsReceivedByTheHeadAndPublishedExactlyAsTheContractSays(CapturedOutput output) throws Exception {
        String project = seededProject();
        Instant visitedAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        setRotation(project, LocalDate.ofInstant(visitedAt, ZONE), "cs-a", "cs-b");

        ResponseEntity<Map> created = post("/api/v1/visits", "cs-a", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s","referrerPhone":"%s"}""".formatted(project, WANG, visitedAt, LI));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String visitId = (String) created.getBody().get("visitId");
        assertThat(created.getBody()).containsEntry("consultantId", "cs-a").containsEntry("turnTaken", true)
                .containsEntry("maskedPhone", "138****5678").doesNotContainKey("clientPhone");

        ConsumerRecord<String, byte[]> record = recordsOf(project, 1).get(0);
        String json = new String(record.value(), StandardCharsets.UTF_8);
        SchemaAssertions.assertValid(record.value());
        assertThat(record.key()).isEqualTo(TENANT + ":" + project);
        JSONAssert.assertEquals("""
                {"eventId":"%s","eventType":"visit.Visited.v1","source":"visit-service",
                 "tenantId":"t-it","projectId":"%s","clientKey":"t-it:%s:138****5678","occurredAt":"%s",
                 "data":{"visitId":"%s","kind":"CLIENT","clientSurname":"王","maskedPhone":"138****5678",
                         "phoneHash":"%s","consultantId":"cs-a","referrerPhoneHash":"%s","insider":false}}
                """.formatted(storedEventId(visitId), project, project, visitedAt, visitId,
                        Phones.keyedHash(SECRET, WANG), Phones.keyedHash(SECRET, LI)),
                withoutRecordedAt(json), JSONCompareMode.STRICT);

        // the desk reads the full number back, and the read is logged (PIPL); the event log never had it
        ResponseEntity<Map> read = get("/api/v1/visits/" + visitId, "SITE_MANAGER");
        assertThat(read.getBody()).containsEntry("clientPhone", WANG).containsEntry("referred", true);
        assertThat(jdbc.queryForList("select tenant_id, project_id, read_by, record_kind, party, client_key, phone_hash "
                + "from contact_read where record_id = ?", visitId)).containsExactly(Map.of("tenant_id", TENANT,
                "project_id", project, "read_by", "reader", "record_kind", "VISIT", "party", "CLIENT",
                "client_key", "t-it:" + project + ":138****5678", "phone_hash", Phones.keyedHash(SECRET, WANG)));
        assertThat(get("/api/v1/visits/" + visitId, "CHANNEL_AGENT").getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/v1/visits/" + visitId, "MARKETING_MANAGER").getStatusCode().value()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from contact_read where record_id = ?", Long.class, visitId))
                .isEqualTo(1);
        assertThat(storedPayloads()).doesNotContain(WANG).doesNotContain(LI);
        assertThat(get("/api/v1/projects/" + project + "/rotation/" + LocalDate.ofInstant(visitedAt, ZONE)
                + "?tenantId=t-it", "CONSULTANT").getBody()).containsEntry("queue", List.of("cs-b", "cs-a"));
        assertThat(PersonalData.fullPhoneNumbers(output.getAll())).isEmpty();
    }

    /**
     * ADR 0034, "Memory: Axon's shared event cache": the publisher reads its own stream. Axon's shared reader (its
     * thread is named after {@code EmbeddedEventStore}) starts once a processor tails the store, and behind a slow
     * publisher it keeps every event it fetched in the heap.
     */
    @Test
    void thePublisherReadsItsOwnStreamNotAxonsSharedCache() {
        String project = seededProject();
        Instant visitedAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        setRotation(project, LocalDate.ofInstant(visitedAt, ZONE), "cs-a");
        assertThat(post("/api/v1/visits", "cs-a", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s"}""".formatted(project, WANG, visitedAt)).getStatusCode().value()).isEqualTo(201);
        recordsOf(project, 1);

        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("EmbeddedEventStore"));
    }

    @Test
    void theOfficesDayReachesTheTopicInTheLanguageAndWithoutAFullNumber(CapturedOutput output) {
        String project = seededProject();
        Instant at = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        LocalDate day = LocalDate.ofInstant(at, ZONE);
        setRotation(project, day, "cs-a", "cs-b", "cs-c");

        String brought = (String) post("/api/v1/visits", "cs-b", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s","consultantId":"cs-b","registrationId":"reg-1",
                 "form":{"agentSignature":"sig/agent.png","consultantSignature":"sig/cs.png"}}"""
                .formatted(project, WANG, at)).getBody().get("visitId");
        ResponseEntity<Map> companion = post("/api/v1/visits", "cs-b", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"COMPANION","clientSurname":"李","clientPhone":"%s",
                 "visitedAt":"%s","registrationId":"reg-1","accompaniedVisitId":"%s"}"""
                .formatted(project, LI, at, brought));
        assertThat(companion.getBody()).containsEntry("consultantId", "cs-b");
        ResponseEntity<Map> researcher = post("/api/v1/visits", "cs-a", "SITE_MANAGER", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"NON_CLIENT","nonClientReason":"MARKET_RESEARCHER",
                 "visitedAt":"%s"}""".formatted(project, at));
        assertThat(researcher.getBody()).containsEntry("consultantId", "cs-c").containsEntry("turnTaken", false);
        ResponseEntity<Map> back = post("/api/v1/visits", "cs-a", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"RETURN","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s"}""".formatted(project, WANG, at.plusSeconds(60)));
        assertThat(back.getBody()).containsEntry("consultantId", "cs-b");

        ResponseEntity<Map> signed = post("/api/v1/visits/" + brought + "/form", "sm-li", "SITE_MANAGER", null,
                "{\"siteManagerSignature\":\"sig/sm.png\"}");
        assertThat(signed.getStatusCode().value()).isEqualTo(200);
        assertThat((Map<String, Object>) signed.getBody().get("form")).containsEntry("status", "CONFIRMED");

        ResponseEntity<Map> subscribed = post("/api/v1/purchases", "cs-b", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","stage":"SUBSCRIPTION","unitId":"3-1-1802",
                 "unitType":"RESIDENTIAL","amount":3280000.5,"buyerSurname":"李","buyerPhone":"%s",
                 "consultantId":"cs-b","relatedParty":{"surname":"王","phone":"%s","relation":"SPOUSE",
                 "evidenceRefs":["evidence/marriage.pdf"]}}""".formatted(project, LI, WANG));
        assertThat(subscribed.getStatusCode().value()).isEqualTo(201);
        assertThat(subscribed.getBody()).containsEntry("amount", "3280000.50");
        String purchaseId = (String) subscribed.getBody().get("purchaseId");
        assertThat((Map<String, Object>) get("/api/v1/purchases/" + purchaseId, "SITE_MANAGER").getBody()
                .get("relatedParty")).containsEntry("phone", WANG);
        assertThat(post("/api/v1/purchases", "cs-b", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","purchaseId":"%s","stage":"CONTRACT","unitId":"3-1-1802",
                 "unitType":"RESIDENTIAL","amount":"3250000","buyerSurname":"李","buyerPhone":"%s",
                 "consultantId":"cs-b"}""".formatted(project, purchaseId, LI)).getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/v1/purchases/" + purchaseId + "/cancellation", "sm-li", "SITE_MANAGER", null,
                "{\"reason\":\"客户资金问题\"}").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Map> twice = post("/api/v1/purchases/" + purchaseId + "/cancellation", "sm-li",
                "SITE_MANAGER", null, "{\"reason\":\"again\"}");
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(twice.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get("/api/v1/purchases/" + purchaseId, "MARKETING_MANAGER").getStatusCode().value()).isEqualTo(403);
        ResponseEntity<Map> purchase = get("/api/v1/purchases/" + purchaseId, "CONSULTANT");
        assertThat(purchase.getBody()).containsEntry("buyerPhone", LI).containsEntry("cancelled", true)
                .containsEntry("stage", "CONTRACT").containsEntry("amount", "3250000.00");
        assertThat(jdbc.queryForList("select party from contact_read where record_kind = 'PURCHASE' and record_id = ? "
                + "and tenant_id = ? and read_by = 'reader'", String.class, purchaseId, TENANT))
                .containsExactlyInAnyOrder("BUYER", "RELATED", "BUYER");

        DisputeSeed.raise(jdbc, TENANT, project, "dsp-" + project, "ch-anju", "139****2046");
        String ruling = """
                {"tenantId":"t-it","projectId":"%s","clientSurname":"李","maskedPhone":"139****2046",
                 "ownerKind":"%s",%s"rationale":"有通话记录","linkedPhones":["%s"]}""";
        assertThat(post("/api/v1/disputes/dsp-" + project + "/rulings", "mm-gao", "MARKETING_MANAGER", null,
                ruling.formatted(project, "OFFICE", "", ZHAO)).getStatusCode().value()).isEqualTo(409);
        assertThat(post("/api/v1/disputes/dsp-" + project + "/rulings", "cs-a", "CONSULTANT", null,
                ruling.formatted(project, "OFFICE", "", ZHAO)).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<Map> first = post("/api/v1/disputes/dsp-" + project + "/rulings", "sm-li", "SITE_MANAGER",
                null, ruling.formatted(project, "CHANNEL", "\"channelId\":\"ch-anju\",", ZHAO));
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(first.getBody()).containsEntry("linkedMaskedPhones", List.of("186****0417"));
        assertThat(post("/api/v1/disputes/dsp-" + project + "/rulings", "mm-gao", "MARKETING_MANAGER", null,
                ruling.formatted(project, "OFFICE", "", ZHAO)).getStatusCode().value()).isEqualTo(201);

        List<ConsumerRecord<String, byte[]>> records = recordsOf(project, 10);
        assertThat(records).extracting(r -> EventJson.read(r.value()).eventType()).containsExactly(
                "visit.Visited.v1", "visit.Visited.v1", "visit.Visited.v1", "visit.Visited.v1",
                "visit.VisitFormSigned.v1", "visit.Purchased.v1", "visit.Purchased.v1", "visit.PurchaseCancelled.v1",
                "visit.DisputeRuled.v1", "visit.DisputeRuled.v1");
        for (ConsumerRecord<String, byte[]> record : records) {
            SchemaAssertions.assertValid(record.value());
            assertThat(record.key()).isEqualTo(TENANT + ":" + project);
        }
        EventEnvelope purchased = EventJson.read(records.get(5).value());
        assertThat(new String(records.get(5).value(), StandardCharsets.UTF_8)).contains("\"amount\":\"3280000.50\"")
                .contains(Phones.keyedHash(SECRET, WANG));
        assertThat(purchased.clientKey()).isEqualTo("t-it:" + project + ":139****2046");
        assertThat(new String(records.get(8).value(), StandardCharsets.UTF_8))
                .contains("\"linkedMaskedPhones\":[\"186****0417\"]").contains("\"level\":\"SITE_MANAGER\"");
        assertThat(storedPayloads()).doesNotContain(WANG).doesNotContain(LI).doesNotContain(ZHAO);
        assertThat(jdbc.queryForObject("select count(*) from client_contact where tenant_id = ? and full_phone in (?, ?, ?)",
                Long.class, TENANT, WANG, LI, ZHAO)).isEqualTo(3);
        assertThat(PersonalData.fullPhoneNumbers(output.getAll())).isEmpty();
    }

    @Test
    void aFailedRequestStoresNothingAndPublishesNothing() {
        String project = seededProject();
        Instant at = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        long stored = storedEvents();
        long contacts = contacts();

        ResponseEntity<Map> badPhone = post("/api/v1/visits", "cs-a", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"1381234567",
                 "visitedAt":"%s","consultantId":"cs-a"}""".formatted(project, at));
        assertThat(badPhone.getStatusCode().value()).isEqualTo(400);
        assertThat(badPhone.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(badPhone.getBody().toString()).contains("clientPhone").doesNotContain("1381234567");
        ResponseEntity<Map> unknownField = post("/api/v1/visits", "cs-a", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s","consultantId":"cs-a","vip":true}""".formatted(project, WANG, at));
        assertThat(unknownField.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownField.getBody().toString()).contains("vip");
        ResponseEntity<Map> noRotation = post("/api/v1/visits", "cs-a", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s"}""".formatted(project, WANG, at));
        assertThat(noRotation.getStatusCode().value()).isEqualTo(409);
        ResponseEntity<Map> floatAmount = post("/api/v1/purchases", "cs-a", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","stage":"SUBSCRIPTION","unitId":"u-1","unitType":"PARKING",
                 "amount":1e3,"buyerSurname":"王","buyerPhone":"%s","consultantId":"cs-a"}""".formatted(project, WANG));
        assertThat(floatAmount.getStatusCode().value()).isEqualTo(400);
        assertThat(floatAmount.getBody().toString()).contains("amount");
        ResponseEntity<Map> contractFirst = post("/api/v1/purchases", "cs-a", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","purchaseId":"never-subscribed","stage":"CONTRACT","unitId":"u-1",
                 "unitType":"PARKING","amount":"1000","buyerSurname":"王","buyerPhone":"%s","consultantId":"cs-a"}"""
                .formatted(project, WANG));
        assertThat(contractFirst.getStatusCode().value()).isEqualTo(409);
        assertThat(contractFirst.getBody().toString()).contains("purchaseId");
        ResponseEntity<Map> wrongRole = post("/api/v1/visits", "ag-1", "CHANNEL_AGENT", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s","consultantId":"cs-a"}""".formatted(project, WANG, at));
        assertThat(wrongRole.getStatusCode().value()).isEqualTo(403);
        ResponseEntity<Map> invalidByConsultant = post("/api/v1/visits", "cs-a", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s","consultantId":"cs-a","registrationId":"r-1",
                 "form":{"invalid":true,"invalidReason":"no agent"}}""".formatted(project, WANG, at));
        assertThat(invalidByConsultant.getStatusCode().value()).isEqualTo(403);
        // a token without a role of this system was not made for it: 401, like no token at all
        ResponseEntity<Map> unknownRole = post("/api/v1/visits", "cs-a", "JANITOR", null, "{}");
        assertThat(unknownRole.getStatusCode().value()).isEqualTo(401);
        assertThat(unknownRole.getHeaders().getContentType()).isNotNull()
                .matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
        HttpHeaders noToken = headers("cs-a", "CONSULTANT", null);
        noToken.remove(HttpHeaders.AUTHORIZATION);
        noToken.set("X-Actor", "cs-a");
        noToken.set("X-Role", "SITE_MANAGER");
        ResponseEntity<Map> anonymous = http.postForEntity("/api/v1/visits", new HttpEntity<>("{}", noToken), Map.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(get("/api/v1/visits/" + Ids.newId(), "CONSULTANT").getStatusCode().value()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(stored);
        assertThat(contacts()).isEqualTo(contacts);

        // a valid visit after them is the only thing the project ever published
        post("/api/v1/visits", "cs-a", "CONSULTANT", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s","consultantId":"cs-a"}""".formatted(project, WANG, at));
        assertThat(recordsOf(project, 1)).hasSize(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndStoresNothingNew() {
        String project = seededProject();
        String key = Ids.newId();
        String body = """
                {"tenantId":"t-it","projectId":"%s","stage":"SUBSCRIPTION","unitId":"u-9","unitType":"RESIDENTIAL",
                 "amount":"1800000.00","buyerSurname":"王","buyerPhone":"%s","consultantId":"cs-a"}""";
        ResponseEntity<Map> first = post("/api/v1/purchases", "cs-a", "CONSULTANT", key, body.formatted(project, WANG));
        long storedAfterFirst = storedEvents();
        ResponseEntity<Map> retry = post("/api/v1/purchases", "cs-a", "CONSULTANT", key, body.formatted(project, WANG));

        assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
        assertThat(retry.getStatusCode()).as("%s", retry.getBody()).isEqualTo(first.getStatusCode());
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(storedEvents()).isEqualTo(storedAfterFirst);
        assertThat(post("/api/v1/purchases", "cs-a", "CONSULTANT", key, body.formatted(project, LI))
                .getStatusCode().value()).isEqualTo(422);
        assertThat(recordsOf(project, 1)).hasSize(1);
        assertThat(jdbc.queryForList("select body from idempotent_request where idempotency_key = ?", String.class, key)
                .get(0)).doesNotContain(WANG);
    }

    @Test
    void rot2AClientWhoDeclinedGivesTheHeadBackAndResearchersGoToTheLast() {
        String project = seededProject();
        Instant at = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        LocalDate day = LocalDate.ofInstant(at, ZONE);
        String rotation = "/api/v1/projects/" + project + "/rotation/" + day + "?tenantId=t-it";
        assertThat(exchange(HttpMethod.PUT, rotation, "cs-a", "CONSULTANT", "{\"consultants\":[\"cs-a\"]}")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(exchange(HttpMethod.PUT, rotation, "sm-li", "SITE_MANAGER", "{\"consultants\":[]}")
                .getStatusCode().value()).isEqualTo(400);
        setRotation(project, day, "cs-a", "cs-b", "cs-c");
        String natural = """
                {"tenantId":"t-it","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s"}""";
        assertThat(post("/api/v1/visits", "cs-a", "CONSULTANT", null, natural.formatted(project, WANG, at))
                .getBody()).containsEntry("consultantId", "cs-a");
        ResponseEntity<Map> declined = post("/api/v1/projects/" + project + "/rotation/" + day
                + "/declined?tenantId=t-it", "cs-a", "CONSULTANT", null, "{\"consultantId\":\"cs-a\"}");
        assertThat(declined.getBody()).containsEntry("head", "cs-a").containsEntry("queue", List.of("cs-a", "cs-b", "cs-c"));
        assertThat(post("/api/v1/visits", "cs-a", "CONSULTANT", null, natural.formatted(project, LI, at))
                .getBody()).containsEntry("consultantId", "cs-a");
        assertThat(post("/api/v1/visits", "sm-li", "SITE_MANAGER", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"NON_CLIENT","nonClientReason":"MARKET_RESEARCHER",
                 "visitedAt":"%s"}""".formatted(project, at)).getBody()).containsEntry("consultantId", "cs-a");
        assertThat(post("/api/v1/visits", "sm-li", "SITE_MANAGER", null, """
                {"tenantId":"t-it","projectId":"%s","kind":"NON_CLIENT","nonClientReason":"ASKING_THE_WAY",
                 "visitedAt":"%s"}""".formatted(project, at)).getBody()).doesNotContainKey("consultantId");
        assertThat(get(rotation, "CONSULTANT").getBody()).containsEntry("queue", List.of("cs-b", "cs-c", "cs-a"));
    }

    @Test
    void rot1NaturalVisitsArrivingTogetherStillTakeTurnsInOrder() throws Exception {
        String project = seededProject();
        Instant at = Instant.now().minus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        LocalDate day = LocalDate.ofInstant(at, ZONE);
        setRotation(project, day, "cs-a", "cs-b", "cs-c");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<ResponseEntity<Map>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String phone = "1390000000" + i;
                answers.add(pool.submit(() -> post("/api/v1/visits", "cs-a", "CONSULTANT", null, """
                        {"tenantId":"t-it","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                         "visitedAt":"%s"}""".formatted(project, phone, at))));
            }
            Map<Object, Long> turns = new java.util.TreeMap<>();
            for (java.util.concurrent.Future<ResponseEntity<Map>> answer : answers) {
                ResponseEntity<Map> response = answer.get();
                assertThat(response.getStatusCode().value()).isEqualTo(201);
                turns.merge(response.getBody().get("consultantId"), 1L, Long::sum);
            }
            assertThat(turns).isEqualTo(Map.of("cs-a", 2L, "cs-b", 2L, "cs-c", 2L));
        } finally {
            pool.shutdownNow();
        }
        assertThat(get("/api/v1/projects/" + project + "/rotation/" + day + "?tenantId=t-it", "CONSULTANT")
                .getBody()).containsEntry("queue", List.of("cs-a", "cs-b", "cs-c"));
        assertThat(recordsOf(project, 6)).hasSize(6);
    }

    /** A new project of t-it with its consultants, in the master-data copy (ADR 0014: visits must name them). */
    private String seededProject() {
        String project = "p-" + Ids.newId();
        MasterDataSeed.project(jdbc, TENANT, project);
        return project;
    }

    private void setRotation(String project, LocalDate day, String... consultants) {
        String body = "{\"consultants\":[\"" + String.join("\",\"", consultants) + "\"]}";
        // no tenantId: the token's tenant is the tenant
        ResponseEntity<Map> set = exchange(HttpMethod.PUT,
                "/api/v1/projects/" + project + "/rotation/" + day, "sm-li", "SITE_MANAGER", body);
        assertThat(set.getStatusCode().value()).isEqualTo(200);
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(String project, int expected) {
        try (TopicReader reader = new TopicReader(RealInfrastructure.shared().kafkaBootstrapServers(),
                Topics.VISIT_EVENTS.name())) {
            List<ConsumerRecord<String, byte[]>> all = reader.readUntil(
                    read -> ofProject(read, project).size() >= expected, Duration.ofSeconds(30));
            // a short extra read makes sure nothing else of this project follows
            all.addAll(reader.readUntil(read -> false, Duration.ofMillis(500)));
            List<ConsumerRecord<String, byte[]>> mine = ofProject(all, project);
            for (ConsumerRecord<String, byte[]> record : all) {
                PersonalData.assertNoFullPhoneNumbers(record.value());
            }
            return mine;
        }
    }

    private static List<ConsumerRecord<String, byte[]>> ofProject(List<ConsumerRecord<String, byte[]>> records,
                                                                  String project) {
        return records.stream().filter(r -> r.key().endsWith(":" + project)).toList();
    }

    private String storedEventId(String aggregateId) {
        return jdbc.queryForObject("select event_identifier from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", String.class, aggregateId);
    }

    private String storedPayloads() {
        return String.join("\n", jdbc.query("select payload from domain_event_entry",
                (rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)));
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private long contacts() {
        return jdbc.queryForObject("select count(*) from client_contact", Long.class);
    }

    private static String withoutRecordedAt(String json) {
        return json.replaceFirst(",?\"recordedAt\":\"[^\"]+\"", "");
    }

    private ResponseEntity<Map> post(String path, String actor, String role, String key, String body) {
        return http.postForEntity(path, new HttpEntity<>(body, headers(actor, role, key)), Map.class);
    }

    private ResponseEntity<Map> get(String path, String role) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers("reader", role, null)), Map.class);
    }

    private ResponseEntity<Map> exchange(HttpMethod method, String path, String actor, String role, String body) {
        return http.exchange(path, method, new HttpEntity<>(body, headers(actor, role, null)), Map.class);
    }

    /** A real signed token for this person and role of the IT tenant; office people reach all its projects. */
    private static HttpHeaders headers(String actor, String role, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(role.equals("CHANNEL_AGENT") ? TestTokens.shared().agent(TENANT, "ch-it", actor)
                : TestTokens.shared().token(actor, TENANT, role).sign());
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return headers;
    }
}
