package com.baobei.commission.web;

import com.baobei.contracts.Ids;
import com.baobei.commission.testing.MasterDataSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Explanation;
import com.baobei.contracts.Topics;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
 * The commission rows of docs/security.md, endpoint by endpoint: no token and an expired one are 401; a forged
 * {@code X-Role} means nothing; every role of the matrix is allowed or 403; a channel manager sees their own channel
 * only; another tenant's caller never sees or changes this tenant's money, even with the same project and channel ids;
 * a refused write stores nothing. Same context configuration as CommissionServiceIT, so one Spring context serves both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIT {

    static final TestTokens TOKENS = TestTokens.shared();
    static final String A = "acc-a";
    static final String B = "acc-b";
    /** A tenant without any money facts. */
    static final String C = "acc-c";
    static final String OWN = "ch-own";
    static final String OTHER = "ch-other";
    static final String AGREEMENT = """
            {"versions":[{"effectiveFrom":"2024-01-01","tiers":[{"from":"1","ratePercent":"%s"}]}]}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    /** Every role of the matrix, as a caller of tenant A; the channel people are of channel OWN. */
    final Map<String, String> roles = new LinkedHashMap<>();
    final String financeA = TOKENS.of("FINANCE", A);
    final String financeB = TOKENS.of("FINANCE", B);
    final String financeC = TOKENS.of("FINANCE", C);
    final String otherChannelManager = TOKENS.channelManager(A, OTHER);
    String project;
    String january;

    @BeforeAll
    void facts() throws Exception {
        roles.put("CHANNEL_AGENT", TOKENS.agent(A, OWN, "ag-1"));
        roles.put("CHANNEL_MANAGER", TOKENS.channelManager(A, OWN));
        roles.put("CONSULTANT", TOKENS.office("CONSULTANT", "acc-a.c01", A));
        roles.put("SITE_MANAGER", TOKENS.office("SITE_MANAGER", "acc-a.s01", A));
        roles.put("MARKETING_MANAGER", TOKENS.token("acc-a.m01", A, "MARKETING_MANAGER").sign());
        roles.put("FINANCE", financeA);
        roles.put("TENANT_ADMIN", TOKENS.of("TENANT_ADMIN", A));
        roles.put("PARTNER", TOKENS.of("PARTNER", A));

        // Tenants A and B both have this project and channel OWN: the same ids, two developers' money.
        project = "pacc" + UUID.randomUUID().toString().substring(0, 8);
        january = id(A, OWN, "2024-01-01");
        // both developers define the project and both channels (ADR 0014): the matrix, not master data, decides here
        for (String tenant : List.of(A, B, C)) {
            MasterDataSeed.into(jdbc, bootstrap).project(tenant, project, true).channel(tenant, OWN, "ag-1")
                    .channel(tenant, OTHER).publish();
        }
        assertThat(call(HttpMethod.PUT, agreementPath(OWN), AGREEMENT.formatted("1.0"), financeA).getStatusCode().value())
                .isEqualTo(200);
        assertThat(call(HttpMethod.PUT, agreementPath(OTHER), AGREEMENT.formatted("1.0"), financeA).getStatusCode()
                .value()).isEqualTo(200);
        assertThat(call(HttpMethod.PUT, agreementPath(OWN), AGREEMENT.formatted("2.0"), financeB).getStatusCode().value())
                .isEqualTo(200);
        RealInfrastructure.shared().createTenantTopics(A, B);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            for (EventEnvelope e : List.of(deal(A, OWN, "d1", "1000000.00"), deal(A, OTHER, "d2", "1000000.00"),
                    deal(B, OWN, "d1", "2000000.00"), deal(B, OWN, "d3", "1000000.00"))) {
                producer.send(new ProducerRecord<>(Topics.PURCHASE_ATTRIBUTIONS.name(e.tenantId()), e.partitionKey(),
                        EventJson.write(e))).get();
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(gross(call(HttpMethod.GET, statement(january), null, financeA))).isEqualTo("10000.00");
            assertThat(gross(call(HttpMethod.GET, statement(id(B, OWN, "2024-01-01")), null, financeB)))
                    .isEqualTo("60000.00");
            assertThat(gross(call(HttpMethod.GET, statement(id(A, OTHER, "2024-01-01")), null, financeA)))
                    .isEqualTo("10000.00");
        });
    }

    @Test
    void putting_an_agreement_is_finance_s_and_a_refused_put_stores_nothing() {
        String attack = AGREEMENT.formatted("100");
        refused(HttpMethod.PUT, agreementPath(OWN), attack, "FINANCE");
        JsonNode stored = call(HttpMethod.GET, agreementPath(OWN), null, financeA).getBody();
        assertThat(stored.path("revision").asInt()).isEqualTo(1);
        assertThat(firstRate(stored))
                .isEqualByComparingTo("1.0");

        ResponseEntity<JsonNode> same = call(HttpMethod.PUT, agreementPath(OWN), AGREEMENT.formatted("1.0"), financeA);
        assertThat(same.getStatusCode().value()).isEqualTo(200);
        assertThat(same.getBody().path("revision").asInt()).isEqualTo(1);
        assertThat(same.getBody().path("updatedBy").asText()).isEqualTo(A + ".finance");
        // B's agreement of the same project and channel is B's own, untouched by A
        JsonNode ofB = call(HttpMethod.GET, agreementPath(OWN), null, financeB).getBody();
        assertThat(firstRate(ofB))
                .isEqualByComparingTo("2.0");
        assertThat(ofB.path("updatedBy").asText()).isEqualTo(B + ".finance");
    }

    @Test
    void an_agreement_is_read_by_finance_the_tenant_admin_and_its_own_channel_manager() {
        refused(HttpMethod.GET, agreementPath(OWN), null, "FINANCE", "TENANT_ADMIN", "CHANNEL_MANAGER");
        for (String role : List.of("FINANCE", "TENANT_ADMIN", "CHANNEL_MANAGER")) {
            assertThat(status(HttpMethod.GET, agreementPath(OWN), null, roles.get(role))).as(role).isEqualTo(200);
        }
        assertThat(status(HttpMethod.GET, agreementPath(OTHER), null, roles.get("CHANNEL_MANAGER"))).isEqualTo(403);
        assertThat(status(HttpMethod.GET, agreementPath(OWN), null, otherChannelManager)).isEqualTo(403);
        assertThat(status(HttpMethod.GET, agreementPath(OTHER), null, financeB)).isEqualTo(404);
        assertThat(status(HttpMethod.GET, agreementPath(OWN), null, financeC)).isEqualTo(404);
    }

    @Test
    void statements_are_listed_for_finance_and_for_a_channel_manager_their_own_only() {
        String path = "/api/v1/statements?projectId=" + project;
        refused(HttpMethod.GET, path, null, "FINANCE", "CHANNEL_MANAGER");
        JsonNode ofA = call(HttpMethod.GET, path, null, financeA).getBody();
        assertThat(channels(ofA)).containsExactlyInAnyOrder(OWN, OTHER);
        ofA.forEach(s -> assertThat(s.path("statementId").asText()).startsWith(A + ":"));
        assertThat(channels(call(HttpMethod.GET, path, null, roles.get("CHANNEL_MANAGER")).getBody()))
                .containsExactly(OWN);
        assertThat(channels(call(HttpMethod.GET, path + "&channelId=" + OWN, null, roles.get("CHANNEL_MANAGER"))
                .getBody())).containsExactly(OWN);
        assertThat(status(HttpMethod.GET, path + "&channelId=" + OTHER, null, roles.get("CHANNEL_MANAGER")))
                .isEqualTo(403);
        // B sees B's statements of the same project only: its own channel and its own money
        JsonNode ofB = call(HttpMethod.GET, path + "&period=2024-01", null, financeB).getBody();
        assertThat(channels(ofB)).containsExactly(OWN);
        assertThat(ofB.get(0).path("totals").path("gross").asText()).isEqualTo("60000.00");
        assertThat(call(HttpMethod.GET, path, null, financeC).getBody()).isEmpty();
    }

    @Test
    void a_statement_is_read_by_finance_and_its_own_channel_manager_and_is_not_found_elsewhere() {
        String other = id(A, OTHER, "2024-01-01");
        for (String suffix : List.of("", "/csv", "/xlsx")) {
            String path = statement(january) + suffix;
            refused(HttpMethod.GET, path, null, "FINANCE", "CHANNEL_MANAGER");
            assertThat(status(HttpMethod.GET, path, null, financeA)).as(path).isEqualTo(200);
            assertThat(status(HttpMethod.GET, path, null, roles.get("CHANNEL_MANAGER"))).as(path).isEqualTo(200);
            assertThat(status(HttpMethod.GET, statement(other) + suffix, null, roles.get("CHANNEL_MANAGER")))
                    .as(path).isEqualTo(404);
            assertThat(status(HttpMethod.GET, path, null, otherChannelManager)).as(path).isEqualTo(404);
            // another developer's finance, and its manager of a namesake channel, find nothing of A
            assertThat(status(HttpMethod.GET, path, null, financeB)).as(path).isEqualTo(404);
            assertThat(status(HttpMethod.GET, path, null, TOKENS.channelManager(B, OWN))).as(path).isEqualTo(404);
            assertThat(status(HttpMethod.GET, path, null, financeC)).as(path).isEqualTo(404);
        }
        // B's statement of the namesake project and channel is B's own, with B's money
        String ofB = id(B, OWN, "2024-01-01");
        assertThat(gross(call(HttpMethod.GET, statement(ofB), null, financeB))).isEqualTo("60000.00");
        assertThat(gross(call(HttpMethod.GET, statement(ofB), null, TOKENS.channelManager(B, OWN))))
                .isEqualTo("60000.00");
        assertThat(status(HttpMethod.GET, statement(ofB), null, roles.get("CHANNEL_MANAGER"))).isEqualTo(404);
    }

    @Test
    void only_finance_issues_and_only_their_own_tenant_s_statements() {
        String february = id(A, OWN, "2024-02-01");
        String path = statement(february) + "/issue";
        refused(HttpMethod.POST, path, null, "FINANCE");
        assertThat(status(HttpMethod.POST, path, null, financeB)).isEqualTo(404);
        assertThat(status(HttpMethod.POST, path, null, financeC)).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from statement where statement_id = ?", Long.class, february))
                .isZero();

        ResponseEntity<JsonNode> byA = call(HttpMethod.POST, path, null, financeA);
        assertThat(byA.getStatusCode().value()).isEqualTo(200);
        assertThat(byA.getBody().path("issuedBy").asText()).isEqualTo(A + ".finance");
        assertThat(status(HttpMethod.POST, path, null, financeA)).isEqualTo(409);
        // B's statement of the namesake project, channel and period is still open, and B issues it for itself
        String februaryOfB = id(B, OWN, "2024-02-01");
        assertThat(call(HttpMethod.GET, statement(februaryOfB), null, financeB).getBody().path("state").asText())
                .isEqualTo("OPEN");
        ResponseEntity<JsonNode> byB = call(HttpMethod.POST, statement(februaryOfB) + "/issue", null, financeB);
        assertThat(byB.getStatusCode().value()).isEqualTo(200);
        assertThat(byB.getBody().path("issuedBy").asText()).isEqualTo(B + ".finance");
        assertThat(jdbc.queryForList("""
                select tenant_id from statement where project_id = ? and channel_id = ? and period_start = '2024-02-01'
                order by tenant_id""", String.class, project, OWN)).containsExactly(A, B);
        // two announcements, each with its tenant and its own event id and key
        List<Map<String, Object>> outbox = jdbc.queryForList(
                "select tenant_id, event_id, record_key from outbox where convert_from(payload, 'UTF8') like ? "
                        + "order by tenant_id", "%:" + project + ":" + OWN + ":2024-02-01%");
        assertThat(outbox).extracting(r -> r.get("tenant_id")).containsExactly(A, B);
        assertThat(outbox).extracting(r -> r.get("record_key")).containsExactly(A + ":" + OWN, B + ":" + OWN);
        assertThat(outbox.get(0).get("event_id")).isNotEqualTo(outbox.get(1).get("event_id"));
    }

    @Test
    void simulating_is_finance_s_on_their_own_tenant_s_deals() {
        String body = """
                {"projectId":"%s","channelId":"%s","period":"2024-01","oneMoreDealAmount":"1000000"}"""
                .formatted(project, OWN);
        refused(HttpMethod.POST, "/api/v1/simulations", body, "FINANCE");
        JsonNode ofA = call(HttpMethod.POST, "/api/v1/simulations", body, financeA).getBody();
        assertThat(ofA.path("statement").path("deals")).hasSize(1);
        assertThat(ofA.path("statement").path("totals").path("gross").asText()).isEqualTo("10000.00");
        JsonNode ofB = call(HttpMethod.POST, "/api/v1/simulations", body, financeB).getBody();
        assertThat(ofB.path("statement").path("deals")).hasSize(2);
        assertThat(ofB.path("statement").path("totals").path("gross").asText()).isEqualTo("60000.00");
        assertThat(status(HttpMethod.POST, "/api/v1/simulations", body, financeC)).isEqualTo(404);
    }

    @Test
    void fines_are_recorded_by_finance_and_listed_for_a_channel_manager_their_own_only() {
        String refusedId = project + "-refused";
        refused(HttpMethod.POST, "/api/v1/fines", fine(refusedId, OWN), "FINANCE");
        assertThat(jdbc.queryForObject("select count(*) from fine where fine_id = ?", Long.class, refusedId)).isZero();

        String id = project + "-f1";
        ResponseEntity<JsonNode> byA = call(HttpMethod.POST, "/api/v1/fines", fine(id, OWN), financeA);
        assertThat(byA.getStatusCode().value()).isEqualTo(201);
        assertThat(byA.getBody().path("recordedBy").asText()).isEqualTo(A + ".finance");
        assertThat(status(HttpMethod.POST, "/api/v1/fines", fine(id, OWN), financeA)).isEqualTo(200);
        // a fine id is A's: B may record its own fine under the same id, in another channel even
        assertThat(status(HttpMethod.POST, "/api/v1/fines", fine(id, OTHER), financeB)).isEqualTo(201);
        assertThat(status(HttpMethod.POST, "/api/v1/fines", fine(project + "-f2", OTHER), financeA)).isEqualTo(201);

        String list = "/api/v1/fines?projectId=" + project;
        refused(HttpMethod.GET, list, null, "FINANCE", "CHANNEL_MANAGER");
        assertThat(channels(call(HttpMethod.GET, list, null, financeA).getBody())).containsExactly(OWN, OTHER);
        assertThat(channels(call(HttpMethod.GET, list, null, roles.get("CHANNEL_MANAGER")).getBody()))
                .containsExactly(OWN);
        assertThat(status(HttpMethod.GET, list + "&channelId=" + OTHER, null, roles.get("CHANNEL_MANAGER")))
                .isEqualTo(403);
        JsonNode ofB = call(HttpMethod.GET, list, null, financeB).getBody();
        assertThat(channels(ofB)).containsExactly(OTHER);
        assertThat(ofB.get(0).path("recordedBy").asText()).isEqualTo(B + ".finance");
        assertThat(call(HttpMethod.GET, list, null, financeC).getBody()).isEmpty();
    }

    @Test
    void adjustments_are_finance_s_of_their_own_tenant_and_a_second_finance_person_approves() {
        String path = "/api/v1/projects/" + project + "/adjustments";
        String body = """
                {"channelId":"%s","direction":"CREDIT","amount":"100.00","reason":"核对差额"}""".formatted(OWN);
        refused(HttpMethod.POST, path, body, "FINANCE");
        refused(HttpMethod.GET, path, null, "FINANCE");
        ResponseEntity<JsonNode> proposed = call(HttpMethod.POST, path, body, financeA);
        assertThat(proposed.getStatusCode().value()).isEqualTo(201);
        String approval = path + "/" + proposed.getBody().path("adjustmentId").asText() + "/approval";
        String approve = "{\"decision\":\"APPROVE\"}";
        refused(HttpMethod.POST, approval, approve, "FINANCE");
        // another developer's finance finds no such adjustment; the proposer may not approve their own
        assertThat(status(HttpMethod.POST, approval, approve, financeB)).isEqualTo(404);
        assertThat(status(HttpMethod.POST, approval, approve, financeA)).isEqualTo(409);
        ResponseEntity<JsonNode> approved = call(HttpMethod.POST, approval, approve,
                TOKENS.token(A + ".finance2", A, "FINANCE").sign());
        assertThat(approved.getStatusCode().value()).isEqualTo(200);
        assertThat(approved.getBody().path("decidedBy").asText()).isEqualTo(A + ".finance2");
        assertThat(call(HttpMethod.GET, path, null, financeA).getBody()).hasSize(1);
        assertThat(call(HttpMethod.GET, path, null, financeB).getBody()).isEmpty();
    }

    @Test
    void inquiries_are_raised_by_a_channel_manager_on_their_own_channel_and_answered_by_finance() {
        String path = "/api/v1/projects/" + project + "/inquiries";
        String body = """
                {"statementId":"%s","lineKey":"deal:d1","question":"费率为何是 1%%？"}""".formatted(january);
        refused(HttpMethod.POST, path, body, "CHANNEL_MANAGER");
        // another channel's manager, and another developer's manager of a namesake channel, find no such statement
        assertThat(status(HttpMethod.POST, path, body, otherChannelManager)).isEqualTo(404);
        assertThat(status(HttpMethod.POST, path, body, TOKENS.channelManager(B, OWN))).isEqualTo(404);
        ResponseEntity<JsonNode> raised = call(HttpMethod.POST, path, body, roles.get("CHANNEL_MANAGER"));
        assertThat(raised.getStatusCode().value()).isEqualTo(201);

        refused(HttpMethod.GET, path, null, "FINANCE", "CHANNEL_MANAGER");
        assertThat(call(HttpMethod.GET, path, null, roles.get("CHANNEL_MANAGER")).getBody()).hasSize(1);
        assertThat(call(HttpMethod.GET, path, null, otherChannelManager).getBody()).isEmpty();
        assertThat(status(HttpMethod.GET, path + "?channelId=" + OWN, null, otherChannelManager)).isEqualTo(403);
        assertThat(call(HttpMethod.GET, path, null, financeB).getBody()).isEmpty();

        String answer = path + "/" + raised.getBody().path("inquiryId").asText() + "/answer";
        String refusal = "{\"outcome\":\"REFUSAL\",\"answer\":\"按协议第一档计佣\"}";
        refused(HttpMethod.POST, answer, refusal, "FINANCE");
        assertThat(status(HttpMethod.POST, answer, refusal, financeB)).isEqualTo(404);
        assertThat(call(HttpMethod.POST, answer, refusal, financeA).getBody().path("status").asText())
                .isEqualTo("REFUSED");
    }

    // ---- helpers ----

    /**
     * 401 without a token, with an expired one and with one of a key nobody trusts; 403 for every role of tenant A
     * but {@code allowed}, and for a channel agent who writes {@code X-Role: FINANCE} in a header.
     */
    void refused(HttpMethod method, String path, String body, String... allowed) {
        assertThat(status(method, path, body, null)).as("no token: " + path).isEqualTo(401);
        assertThat(status(method, path, body, TOKENS.token(A + ".finance", A, "FINANCE").expired().sign()))
                .as("expired: " + path).isEqualTo(401);
        assertThat(status(method, path, body, TOKENS.token(A + ".finance", A, "FINANCE").signedByStranger().sign()))
                .as("forged signature: " + path).isEqualTo(401);
        HttpHeaders forged = headers(roles.get("CHANNEL_AGENT"));
        forged.set("X-Role", "FINANCE");
        forged.set("X-Actor", A + ".finance");
        assertThat(http.exchange(path, method, new HttpEntity<>(body, forged), String.class).getStatusCode().value())
                .as("forged X-Role: " + path).isEqualTo(403);
        Set<String> may = Set.of(allowed);
        roles.forEach((role, token) -> {
            if (!may.contains(role)) {
                ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers(token)),
                        String.class);
                assertThat(response.getStatusCode().value()).as(role + " " + method + " " + path).isEqualTo(403);
                assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            }
        });
    }

    int status(HttpMethod method, String path, String body, String token) {
        return http.exchange(path, method, new HttpEntity<>(body, headers(token)), String.class).getStatusCode().value();
    }

    ResponseEntity<JsonNode> call(HttpMethod method, String path, String body, String token) {
        return http.exchange(path, method, new HttpEntity<>(body, headers(token)), JsonNode.class);
    }

    static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }

    String agreementPath(String channel) {
        return "/api/v1/projects/" + project + "/channels/" + channel + "/agreement";
    }

    /** A statement id: the tenant's, as the service makes them. */
    String id(String tenant, String channel, String periodStart) {
        return tenant + ":" + project + ":" + channel + ":" + periodStart;
    }

    static String statement(String id) {
        return "/api/v1/statements/" + id;
    }

    String fine(String fineId, String channel) {
        return """
                {"fineId":"%s","projectId":"%s","channelId":"%s","reasonCode":"OTHER","target":"CHANNEL",
                 "amount":"100.00","note":"access test"}""".formatted(fineId, project, channel);
    }

    static BigDecimal firstRate(JsonNode agreement) {
        return new BigDecimal(agreement.path("versions").get(0).path("tiers").path("tiers").get(0).path("ratePercent")
                .asText());
    }

    static String gross(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody().path("totals").path("gross").asText();
    }

    /** The distinct channels of a list, in order of first appearance. */
    static List<String> channels(JsonNode list) {
        List<String> channels = new ArrayList<>();
        list.forEach(item -> {
            if (!channels.contains(item.path("channelId").asText())) {
                channels.add(item.path("channelId").asText());
            }
        });
        return channels;
    }

    EventEnvelope deal(String tenant, String channel, String purchase, String amount) {
        Instant subscribed = Instant.parse("2024-01-10T02:00:00Z");
        PurchaseAttributed data = new PurchaseAttributed(purchase, "B1-" + purchase, UnitType.RESIDENTIAL,
                new BigDecimal(amount), subscribed, null, null, channel, "ag-1", 0,
                new Explanation(List.of("VIS-4", "PUR-1"), List.of("ev-visit"), 1, "渠道保护期内认购",
                        "bought within protection", "ev-purchase-" + purchase));
        return EventEnvelope.of(Ids.newId(), tenant, project,
                ClientKeys.clientKey(tenant, project, "138****0001"), subscribed, subscribed.plusSeconds(5), data);
    }
}
