package com.baobei.visit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventJson;
import com.baobei.contracts.Ids;
import com.baobei.contracts.Topics;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.TopicReader;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.visit.testing.DisputeSeed;
import com.baobei.visit.testing.MasterDataSeed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * The hostile tester's findings (issue 12), each as the request that got through and what it gets now: the status,
 * problem+json naming the field, nothing stored and nothing published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = VisitPublishingIT.PROPERTIES)
@UsesRealInfrastructure
class HostileInputsIT {

    static final String TENANT = VisitPublishingIT.TENANT;

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRulingNamesADisputeAChannelRaisedInTheTenantAtItsProjectAboutItsClient() {
        String project = seededProject();
        String other = seededProject();
        String dispute = "dsp-" + Ids.newId();
        DisputeSeed.raise(jdbc, TENANT, project, dispute, "ch-anju", "139****2046");
        String elsewhere = "dsp-" + Ids.newId();
        DisputeSeed.raise(jdbc, "t-other", project, elsewhere, "ch-anju", "139****2046");

        String never = "dsp-" + Ids.newId();
        assertRefused(rule(never, project, "139****2046"), 404, "disputeId");
        assertRefused(rule(elsewhere, project, "139****2046"), 404, "disputeId");
        assertRefused(rule(dispute, other, "139****2046"), 409, "projectId");
        assertRefused(rule(dispute, project, "138****5678"), 409, "maskedPhone");
        for (String id : List.of(never, elsewhere, dispute)) {
            assertThat(jdbc.queryForObject("select count(*) from ruling_view where dispute_id = ?", Long.class, id))
                    .isZero();
        }

        assertThat(rule(dispute, project, "139****2046").getStatusCode().value()).isEqualTo(201);
        // the publisher follows the event store in order: a refused ruling stored would be published before this one
        assertThat(publishedTypes(project, 1)).containsExactly("visit.DisputeRuled.v1");
        assertThat(publishedTypes(other, 0)).isEmpty();
    }

    @Test
    void aUnitIsSubscribedOnceUntilThePurchaseIsCancelled() {
        String project = seededProject();
        ResponseEntity<Map> first = post("/api/v1/purchases", "CONSULTANT", subscription(project, "u-1", "13920462046",
                "3280000.00"));
        assertThat(first.getStatusCode().value()).isEqualTo(201);

        assertRefused(post("/api/v1/purchases", "CONSULTANT", subscription(project, "u-1", "18604170417",
                "3300000.00")), 409, "unitId");
        assertThat(activePurchasesOf(project, "u-1")).isEqualTo(1);

        assertThat(post("/api/v1/purchases/" + first.getBody().get("purchaseId") + "/cancellation", "SITE_MANAGER",
                "{\"reason\":\"退订\"}").getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/v1/purchases", "CONSULTANT", subscription(project, "u-1", "18604170417",
                "3300000.00")).getStatusCode().value()).isEqualTo(201);
        // the same unit name at another project is another flat
        assertThat(post("/api/v1/purchases", "CONSULTANT", subscription(seededProject(), "u-1", "13812345678",
                "3300000.00")).getStatusCode().value()).isEqualTo(201);
        assertThat(publishedTypes(project, 3)).containsExactly("visit.Purchased.v1", "visit.PurchaseCancelled.v1",
                "visit.Purchased.v1");
    }

    @Test
    void buyersSubscribingOneUnitAtOnceLeaveOneSubscription() throws Exception {
        String project = seededProject();
        List<String> buyers = List.of("13920462046", "18604170417", "13812345678", "15912345678", "17712345678",
                "13312345678");
        ExecutorService pool = Executors.newFixedThreadPool(buyers.size());
        try {
            List<Callable<ResponseEntity<Map>>> calls = new ArrayList<>();
            for (String buyer : buyers) {
                calls.add(() -> post("/api/v1/purchases", "CONSULTANT",
                        subscription(project, "u-9", buyer, "1000000.00")));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<ResponseEntity<Map>> answer : pool.invokeAll(calls)) {
                ResponseEntity<Map> response = answer.get();
                statuses.add(response.getStatusCode().value());
                if (response.getStatusCode().value() != 201) {
                    assertRefused(response, 409, "unitId");
                }
            }
            assertThat(statuses).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(activePurchasesOf(project, "u-9")).isEqualTo(1);
        assertThat(publishedTypes(project, 1)).containsExactly("visit.Purchased.v1");
    }

    @Test
    void amountsAndTimesOutOfTheirRangeAre400NamingTheField() {
        String project = seededProject();
        assertRefused(post("/api/v1/purchases", "CONSULTANT", subscription(project, "u-1", "13920462046",
                "10000000000.00")), 400, "amount");
        for (String time : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z")) {
            assertRefused(post("/api/v1/visits", "CONSULTANT", """
                    {"projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"13812345678",
                     "visitedAt":"%s","consultantId":"cs-a"}""".formatted(project, time)), 400, "visitedAt");
            assertRefused(post("/api/v1/purchases", "CONSULTANT", """
                    {"projectId":"%s","stage":"SUBSCRIPTION","unitId":"u-2","unitType":"RESIDENTIAL",
                     "amount":"1000000.00","buyerSurname":"陈","buyerPhone":"13920462046","consultantId":"cs-a",
                     "purchasedAt":"%s"}""".formatted(project, time)), 400, "purchasedAt");
        }
        for (String day : List.of("+999999999-12-31", "-999999999-01-01",
                LocalDate.now().plusYears(2).toString())) {
            assertRefused(exchange(HttpMethod.PUT, "/api/v1/projects/" + project + "/rotation/" + day,
                    "SITE_MANAGER", "{\"consultants\":[\"cs-a\"]}"), 400, "date");
            assertRefused(exchange(HttpMethod.GET, "/api/v1/projects/" + project + "/rotation/" + day,
                    "CONSULTANT", null), 400, "date");
        }
        assertNothingStoredAt(project);
        assertThat(post("/api/v1/purchases", "CONSULTANT", subscription(project, "u-1", "13920462046",
                "9999999999.99")).getStatusCode().value()).isEqualTo(201);
        assertThat(publishedTypes(project, 1)).containsExactly("visit.Purchased.v1");
    }

    @Test
    void aFullNumberInAnyTextIs422NamingTheFieldHoweverItIsWritten() {
        String project = seededProject();
        Instant at = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        ResponseEntity<Map> visit = post("/api/v1/visits", "CONSULTANT", """
                {"projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"13812345678",
                 "visitedAt":"%s","consultantId":"cs-a"}""".formatted(project, at));
        assertThat(visit.getStatusCode().value()).isEqualTo(201);
        String visitId = (String) visit.getBody().get("visitId");

        // a companion whose surname carries a full-width number
        assertRefused(post("/api/v1/visits", "CONSULTANT", """
                {"projectId":"%s","kind":"COMPANION","clientSurname":"李１３６１２３４５６７８",
                 "clientPhone":"13920462046","visitedAt":"%s","consultantId":"cs-a","accompaniedVisitId":"%s"}"""
                .formatted(project, at, visitId)), 422, "clientSurname");
        assertRefused(post("/api/v1/visits/" + visitId + "/form", "SITE_MANAGER", """
                {"invalid":true,"invalidReason":"客户说打 136 1234 5678"}"""), 422, "invalidReason");
        assertRefused(post("/api/v1/purchases", "CONSULTANT", """
                {"projectId":"%s","stage":"SUBSCRIPTION","unitId":"u-1","unitType":"RESIDENTIAL",
                 "amount":"1000000.00","buyerSurname":"陈","buyerPhone":"13920462046","consultantId":"cs-a",
                 "relatedParty":{"surname":"陈","phone":"18604170417","relation":"SPOUSE",
                                 "evidenceRefs":["结婚证.jpg","微信 186-0417-0417"]}}""".formatted(project)),
                422, "relatedParty.evidenceRefs[1]");
        ResponseEntity<Map> purchase = post("/api/v1/purchases", "CONSULTANT", subscription(project, "u-2",
                "１３９２０４６２０４６", "1000000.00"));
        assertThat(purchase.getStatusCode().value()).isEqualTo(201);
        assertThat(purchase.getBody()).containsEntry("maskedPhone", "139****2046");
        String purchaseId = (String) purchase.getBody().get("purchaseId");
        assertRefused(post("/api/v1/purchases/" + purchaseId + "/cancellation", "SITE_MANAGER",
                "{\"reason\":\"买家电话１３９２０４６２０４６要求退订\"}"), 422, "reason");
        String dispute = "dsp-" + Ids.newId();
        DisputeSeed.raise(jdbc, TENANT, project, dispute, "ch-anju", "139****2046");
        assertRefused(post("/api/v1/disputes/" + dispute + "/rulings", "SITE_MANAGER", """
                {"projectId":"%s","clientSurname":"李","maskedPhone":"139****2046","ownerKind":"OFFICE",
                 "rationale":"通话记录 13920462046"}""".formatted(project)), 422, "rationale");

        assertThat(jdbc.queryForObject("select count(*) from visit_view where project_id = ?", Long.class, project))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select form_invalid from visit_view where visit_id = ?", Boolean.class,
                visitId)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from purchase_view where project_id = ? "
                + "and cancelled_at is null", Long.class, project)).isEqualTo(1);
        assertThat(publishedTypes(project, 2)).containsExactly("visit.Visited.v1", "visit.Purchased.v1");
    }

    @Test
    void everyListIsBoundedAndHoldsNoNullAndEveryFieldFitsItsColumn() {
        String project = seededProject();
        String related = """
                {"projectId":"%s","stage":"SUBSCRIPTION","unitId":"u-1","unitType":"RESIDENTIAL",
                 "amount":"1000000.00","buyerSurname":"陈","buyerPhone":"13920462046","consultantId":"cs-a",
                 "relatedParty":{"surname":"陈","phone":"18604170417","relation":"SPOUSE","evidenceRefs":%s}}""";
        assertRefused(post("/api/v1/purchases", "CONSULTANT", related.formatted(project, "[null]")), 400,
                "relatedParty.evidenceRefs[0]");
        assertRefused(post("/api/v1/purchases", "CONSULTANT", related.formatted(project,
                "[" + String.join(",", java.util.Collections.nCopies(21, "\"a.jpg\"")) + "]")), 400,
                "relatedParty.evidenceRefs");
        assertRefused(post("/api/v1/purchases", "CONSULTANT", related.formatted(project, "[\"a.jpg\\nb.jpg\"]")),
                400, "relatedParty.evidenceRefs[0]");
        assertRefused(post("/api/v1/purchases", "CONSULTANT", related.formatted(project,
                "[\"" + "x".repeat(501) + "\"]")), 400, "relatedParty.evidenceRefs[0]");
        assertRefused(post("/api/v1/purchases", "CONSULTANT", subscription(project, "u-" + "9".repeat(64),
                "13920462046", "1.00")), 400, "unitId");
        assertRefused(exchange(HttpMethod.PUT, "/api/v1/projects/" + project + "/rotation/" + LocalDate.now(),
                "SITE_MANAGER", "{\"consultants\":[\"cs-a\",null]}"), 400, "consultants[1]");
        String dispute = "dsp-" + Ids.newId();
        DisputeSeed.raise(jdbc, TENANT, project, dispute, "ch-anju", "139****2046");
        assertRefused(post("/api/v1/disputes/" + dispute + "/rulings", "SITE_MANAGER", """
                {"projectId":"%s","clientSurname":"李","maskedPhone":"139****2046","ownerKind":"OFFICE",
                 "rationale":"%s"}""".formatted(project, "理".repeat(2001))), 400, "rationale");
        assertRefused(post("/api/v1/disputes/" + dispute + "/rulings", "SITE_MANAGER", """
                {"projectId":"%s","clientSurname":"李","maskedPhone":"139****2046","ownerKind":"OFFICE",
                 "rationale":"有记录","linkedPhones":[null]}""".formatted(project)), 400, "linkedPhones[0]");
        assertNothingStoredAt(project);
    }

    private void assertRefused(ResponseEntity<Map> response, int status, String field) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
        assertThat(errors).as(String.valueOf(response.getBody())).extracting(e -> e.get("field")).contains(field);
        assertThat(String.valueOf(response.getBody())).doesNotContain("com.baobei").doesNotContain("Exception");
    }

    private void assertNothingStoredAt(String project) {
        assertThat(jdbc.queryForObject("select count(*) from visit_view where project_id = ?", Long.class, project))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from purchase_view where project_id = ?", Long.class,
                project)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ruling_view where project_id = ?", Long.class, project))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from rotation_view where project_id = ?", Long.class,
                project)).isZero();
    }

    private long activePurchasesOf(String project, String unit) {
        return jdbc.queryForObject("select count(*) from purchase_view where project_id = ? and unit_id = ? "
                + "and cancelled_at is null", Long.class, project, unit);
    }

    private ResponseEntity<Map> rule(String dispute, String project, String maskedPhone) {
        return post("/api/v1/disputes/" + dispute + "/rulings", "SITE_MANAGER", """
                {"projectId":"%s","clientSurname":"李","maskedPhone":"%s","ownerKind":"CHANNEL",
                 "channelId":"ch-anju","rationale":"报备在先"}""".formatted(project, maskedPhone));
    }

    private static String subscription(String project, String unit, String buyer, String amount) {
        return """
                {"projectId":"%s","stage":"SUBSCRIPTION","unitId":"%s","unitType":"RESIDENTIAL","amount":"%s",
                 "buyerSurname":"陈","buyerPhone":"%s","consultantId":"cs-a"}""".formatted(project, unit, amount,
                buyer);
    }

    private String seededProject() {
        String project = "p-" + Ids.newId();
        MasterDataSeed.project(jdbc, TENANT, project);
        return project;
    }

    /** The event types the project has on the topic once {@code expected} arrived, and whatever else follows them. */
    private static List<String> publishedTypes(String project, int expected) {
        try (TopicReader reader = new TopicReader(RealInfrastructure.shared().kafkaBootstrapServers(),
                Topics.VISIT_EVENTS.name())) {
            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(reader.readUntil(
                    read -> ofProject(read, project).size() >= expected, Duration.ofSeconds(30)));
            all.addAll(reader.readUntil(read -> false, Duration.ofMillis(500)));
            return ofProject(all, project).stream().map(r -> EventJson.read(r.value()).eventType()).toList();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> ofProject(List<ConsumerRecord<String, byte[]>> records,
                                                                  String project) {
        return records.stream().filter(r -> r.key().endsWith(":" + project)).toList();
    }

    private ResponseEntity<Map> post(String path, String role, String body) {
        return exchange(HttpMethod.POST, path, role, body);
    }

    private ResponseEntity<Map> exchange(HttpMethod method, String path, String role, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestTokens.shared().token("sm-li", TENANT, role).sign());
        return http.exchange(path, method, new HttpEntity<>(body, headers), Map.class);
    }
}
