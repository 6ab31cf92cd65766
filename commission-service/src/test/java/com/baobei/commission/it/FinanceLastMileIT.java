package com.baobei.commission.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.baobei.commission.testing.MasterDataSeed;
import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Explanation;
import com.baobei.contracts.Ids;
import com.baobei.contracts.SchemaAssertions;
import com.baobei.contracts.Topics;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.commission.StatementIssued;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
 * ADR 0032 against a real broker and PostgreSQL: last month's deals issued and announced with every line; a fine
 * this month, negative in JSON, CSV and the event alike, leaving a negative balance carried to next month (上期结转);
 * a what-if previewing a cancellation of an issued deal as a clawback line, storing nothing; a manual credit
 * proposed by one finance person and approved by a second (the proposer's own approval is 409); a channel manager's
 * inquiry refused with a reason, another answered with a linked adjustment; bad input as problems naming the field,
 * in Chinese when asked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
class FinanceLastMileIT {

    static final String TENANT = "t-fin";
    static final String CHANNEL = "ch-lm";
    static final String OTHER = "ch-other";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final TestTokens TOKENS = TestTokens.shared();
    static final String FINANCE_A = TOKENS.token("fin-a", TENANT, "FINANCE").sign();
    static final String FINANCE_B = TOKENS.token("fin-b", TENANT, "FINANCE").sign();
    static final String MANAGER = TOKENS.channelManager(TENANT, CHANNEL);
    static final String OTHER_MANAGER = TOKENS.channelManager(TENANT, OTHER);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void the_last_mile_of_finance() throws Exception {
        RealInfrastructure.shared().createTenantTopics(TENANT);
        String p = "p" + UUID.randomUUID().toString().substring(0, 8);
        MasterDataSeed.into(jdbc, bootstrap).project(TENANT, p, true).channel(TENANT, CHANNEL, "a-7")
                .channel(TENANT, OTHER).publish();
        assertThat(send(HttpMethod.PUT, "/api/v1/projects/" + p + "/channels/" + CHANNEL + "/agreement", """
                {"versions":[{"effectiveFrom":"2024-01-01","basis":"DEAL_COUNT","mode":"RETROACTIVE",
                  "trigger":"SUBSCRIPTION","tiers":[{"from":"1","ratePercent":"1.0"},{"from":"3","ratePercent":"1.5"}]}]}
                """, FINANCE_A, null).getStatusCode().value()).isEqualTo(200);

        YearMonth thisMonth = YearMonth.now(SHANGHAI);
        YearMonth last = thisMonth.minusMonths(1);
        String lastId = TENANT + ":" + p + ":" + CHANNEL + ":" + last.atDay(1);
        String thisId = TENANT + ":" + p + ":" + CHANNEL + ":" + thisMonth.atDay(1);
        String nextId = TENANT + ":" + p + ":" + CHANNEL + ":" + thisMonth.plusMonths(1).atDay(1);

        // last month: two deals of 1,000,000 at 1 %
        produce(attribution(p, "d1", last, 3));
        produce(attribution(p, "d2", last, 5));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get(lastId, FINANCE_A).path("deals")).hasSize(2));
        JsonNode issued = send(HttpMethod.POST, "/api/v1/statements/" + lastId + "/issue", null, FINANCE_A, null)
                .getBody();
        assertThat(issued.path("totals").path("netPayable").asText()).isEqualTo("20000.00");

        // StatementIssued carries every line, as the statement shows it
        StatementIssued announced = awaitAnnouncement(lastId);
        assertThat(announced.lines()).extracting(l -> l.key() + " " + l.type() + " " + l.amount().toPlainString())
                .containsExactly("deal:d1 DEAL 10000.00", "deal:d2 DEAL 10000.00");
        assertThat(announced.lines().get(0).ruleIds()).contains("VIS-4", "PUR-1", "COM-1");
        assertThat(announced.carriedForward()).isEqualByComparingTo("0");

        // a fine this month: one sign, negative, in the JSON lines, totals and the CSV
        assertThat(send(HttpMethod.POST, "/api/v1/fines", """
                {"projectId":"%s","channelId":"%s","reasonCode":"FORBIDDEN_ZONE","agentId":"a-7","note":"禁区拉客"}"""
                .formatted(p, CHANNEL), FINANCE_A, null).getStatusCode().value()).isEqualTo(201);
        JsonNode now = get(thisId, FINANCE_A);
        assertThat(now.path("charges").findValuesAsText("amount")).containsExactly("-10000.00", "-500.00");
        assertThat(now.path("totals").path("fines").asText()).isEqualTo("-10500.00");
        String csv = new String(http.exchange("/api/v1/statements/" + thisId + "/csv", HttpMethod.GET,
                new HttpEntity<>(headers(FINANCE_A, null)), byte[].class).getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains("罚款,", ",-10000.00,", ",-500.00,", "罚款及扣减", "-10500.00", "禁区拉客")
                .doesNotContain("FORBIDDEN_ZONE", "FINE");

        // more deducted than earned: this month pays 0 and carries -10,500 to next month's statement (上期结转)
        assertThat(now.path("totals").path("netPayable").asText()).isEqualTo("0.00");
        assertThat(now.path("totals").path("carriedForward").asText()).isEqualTo("-10500.00");
        JsonNode next = get(nextId, FINANCE_A);
        JsonNode carried = next.path("charges").get(0);
        assertThat(carried.path("kind").asText()).isEqualTo("CARRIED_FORWARD");
        assertThat(carried.path("key").asText()).isEqualTo("carry:" + thisMonth.atDay(1));
        assertThat(carried.path("amount").asText()).isEqualTo("-10500.00");
        assertThat(carried.path("note").asText()).startsWith("上期结转");
        assertThat(next.path("totals").path("carriedIn").asText()).isEqualTo("-10500.00");

        // what-if: cancelling d2 of the issued month previews a clawback on this month's statement, and stores nothing
        ResponseEntity<JsonNode> whatIf = send(HttpMethod.POST, "/api/v1/simulations", """
                {"projectId":"%s","channelId":"%s","changes":{"cancellations":[{"purchaseId":"d2"}]}}"""
                .formatted(p, CHANNEL), FINANCE_A, null);
        assertThat(whatIf.getStatusCode().value()).isEqualTo(200);
        JsonNode preview = whatIf.getBody().path("preview");
        assertThat(preview.path("before").path("statementId").asText()).isEqualTo(thisId);
        assertThat(preview.path("before").path("adjustments")).isEmpty();
        JsonNode clawback = preview.path("after").path("adjustments").get(0);
        assertThat(clawback.path("key").asText()).isEqualTo("deal:d2");
        assertThat(clawback.path("cause").asText()).isEqualTo("CANCELLED");
        assertThat(clawback.path("amount").asText()).isEqualTo("-10000.00");
        assertThat(preview.path("after").path("totals").path("carriedForward").asText()).isEqualTo("-20500.00");
        assertThat(preview.path("changedLines").findValuesAsText("key")).containsExactly("deal:d2");
        assertThat(get(thisId, FINANCE_A)).isEqualTo(now);

        // a manual credit: proposed by fin-a, refused to fin-a's own approval, approved by fin-b
        String adjustments = "/api/v1/projects/" + p + "/adjustments";
        ResponseEntity<JsonNode> proposed = send(HttpMethod.POST, adjustments, """
                {"channelId":"%s","direction":"CREDIT","amount":"12000.00","reason":"补发上月佣金差额"}"""
                .formatted(CHANNEL), FINANCE_A, null);
        assertThat(proposed.getStatusCode().value()).isEqualTo(201);
        assertThat(proposed.getBody().path("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposed.getBody().path("proposedBy").asText()).isEqualTo("fin-a");
        String adjustmentId = proposed.getBody().path("adjustmentId").asText();
        assertThat(get(thisId, FINANCE_A).path("adjustments")).isEmpty();
        ResponseEntity<JsonNode> own = send(HttpMethod.POST, adjustments + "/" + adjustmentId + "/approval",
                "{\"decision\":\"APPROVE\"}", FINANCE_A, null);
        assertThat(own.getStatusCode().value()).isEqualTo(409);
        assertThat(own.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(send(HttpMethod.POST, adjustments + "/" + adjustmentId + "/approval", "{\"decision\":\"APPROVE\"}",
                MANAGER, null).getStatusCode().value()).isEqualTo(403);
        JsonNode approved = send(HttpMethod.POST, adjustments + "/" + adjustmentId + "/approval",
                "{\"decision\":\"APPROVE\"}", FINANCE_B, null).getBody();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("decidedBy").asText()).isEqualTo("fin-b");
        assertThat(approved.path("decidedAt").asText()).isNotEmpty();
        assertThat(approved.path("statementId").asText()).isEqualTo(thisId);
        assertThat(send(HttpMethod.POST, adjustments + "/" + adjustmentId + "/approval", "{\"decision\":\"REJECT\","
                + "\"note\":\"再议\"}", FINANCE_B, null).getStatusCode().value()).isEqualTo(409);
        JsonNode adjusted = get(thisId, FINANCE_A);
        JsonNode manual = adjusted.path("adjustments").get(0);
        assertThat(manual.path("key").asText()).isEqualTo("manual:" + adjustmentId);
        assertThat(manual.path("cause").asText()).isEqualTo("MANUAL");
        assertThat(manual.path("amount").asText()).isEqualTo("12000.00");
        assertThat(manual.path("reasonZh").asText()).contains("补发上月佣金差额");
        assertThat(adjusted.path("totals").path("netPayable").asText()).isEqualTo("1500.00");
        assertThat(get(nextId, FINANCE_A).path("charges")).isEmpty();

        // a rejection needs its reason; rejected, it reaches no statement
        String second = send(HttpMethod.POST, adjustments, """
                {"channelId":"%s","direction":"DEBIT","amount":"99.00","reason":"重复发放"}""".formatted(CHANNEL),
                FINANCE_B, null).getBody().path("adjustmentId").asText();
        ResponseEntity<JsonNode> noNote = send(HttpMethod.POST, adjustments + "/" + second + "/approval",
                "{\"decision\":\"REJECT\"}", FINANCE_A, null);
        assertThat(noNote.getStatusCode().value()).isEqualTo(400);
        assertThat(noNote.getBody().path("errors").get(0).path("field").asText()).isEqualTo("note");
        assertThat(send(HttpMethod.POST, adjustments + "/" + second + "/approval",
                "{\"decision\":\"REJECT\",\"note\":\"并未重复\"}", FINANCE_A, null).getBody().path("status").asText())
                .isEqualTo("REJECTED");
        assertThat(get(thisId, FINANCE_A).path("adjustments")).hasSize(1);
        JsonNode all = send(HttpMethod.GET, adjustments, null, FINANCE_A, null).getBody();
        assertThat(all).hasSize(2);
        assertThat(all.findValuesAsText("status")).containsExactly("APPROVED", "REJECTED");
        assertThat(all.get(1).path("decisionNote").asText()).isEqualTo("并未重复");

        // bad input: a problem naming the field, in Chinese when asked
        ResponseEntity<JsonNode> bad = send(HttpMethod.POST, adjustments,
                "{\"channelId\":\"" + CHANNEL + "\",\"direction\":\"CREDIT\",\"amount\":\"10.00\"}", FINANCE_A, "zh-CN");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(bad.getBody().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(bad.getBody().path("title").asText()).matches(".*\\p{IsHan}.*");
        assertThat(bad.getBody().path("errors").get(0).path("message").asText()).matches(".*\\p{IsHan}.*");
        ResponseEntity<JsonNode> sideways = send(HttpMethod.POST, adjustments,
                "{\"channelId\":\"" + CHANNEL + "\",\"direction\":\"SIDEWAYS\",\"amount\":\"10.00\",\"reason\":\"x\"}",
                FINANCE_A, null);
        assertThat(sideways.getStatusCode().value()).isEqualTo(400);
        assertThat(sideways.getBody().path("errors").get(0).path("field").asText()).isEqualTo("direction");
        assertThat(sideways.getBody().toString()).doesNotContain("java.", "com.baobei", "Exception");

        // inquiries: the channel questions a line of last month's statement; finance refuses with a reason
        String inquiries = "/api/v1/projects/" + p + "/inquiries";
        ResponseEntity<JsonNode> raised = send(HttpMethod.POST, inquiries, """
                {"statementId":"%s","lineKey":"deal:d1","question":"为何按第一档计佣？"}""".formatted(lastId), MANAGER,
                null);
        assertThat(raised.getStatusCode().value()).isEqualTo(201);
        assertThat(raised.getBody().path("status").asText()).isEqualTo("OPEN");
        assertThat(raised.getBody().path("raisedBy").asText()).isEqualTo(CHANNEL + ".manager");
        String refusedId = raised.getBody().path("inquiryId").asText();
        assertThat(send(HttpMethod.POST, inquiries, """
                {"statementId":"%s","lineKey":"deal:d1","question":"?"}""".formatted(lastId), OTHER_MANAGER, null)
                .getStatusCode().value()).isEqualTo(404);
        ResponseEntity<JsonNode> noLine = send(HttpMethod.POST, inquiries, """
                {"statementId":"%s","lineKey":"deal:nope","question":"?"}""".formatted(lastId), MANAGER, null);
        assertThat(noLine.getStatusCode().value()).isEqualTo(422);
        assertThat(noLine.getBody().path("errors").get(0).path("field").asText()).isEqualTo("lineKey");
        assertThat(send(HttpMethod.POST, inquiries, """
                {"statementId":"%s","lineKey":"deal:d1","question":"?"}""".formatted(lastId), FINANCE_A, null)
                .getStatusCode().value()).isEqualTo(403);
        ResponseEntity<JsonNode> noAnswer = send(HttpMethod.POST, inquiries + "/" + refusedId + "/answer",
                "{\"outcome\":\"REFUSAL\"}", FINANCE_A, null);
        assertThat(noAnswer.getStatusCode().value()).isEqualTo(400);
        assertThat(noAnswer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("answer");
        JsonNode refused = send(HttpMethod.POST, inquiries + "/" + refusedId + "/answer",
                "{\"outcome\":\"REFUSAL\",\"answer\":\"上月两套成交，按协议第一档 1% 计佣\"}", FINANCE_A, null).getBody();
        assertThat(refused.path("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("answeredBy").asText()).isEqualTo("fin-a");
        assertThat(send(HttpMethod.POST, inquiries + "/" + refusedId + "/answer",
                "{\"outcome\":\"REFUSAL\",\"answer\":\"再次\"}", FINANCE_A, null).getStatusCode().value()).isEqualTo(409);

        // another inquiry answered with an adjustment: proposed by the one who answers, approved by the other
        String adjustedId = send(HttpMethod.POST, inquiries, """
                {"statementId":"%s","lineKey":"deal:d2","question":"d2 少算了车位以外的装修款"}""".formatted(lastId),
                MANAGER, null).getBody().path("inquiryId").asText();
        JsonNode answered = send(HttpMethod.POST, inquiries + "/" + adjustedId + "/answer", """
                {"outcome":"ADJUSTMENT","answer":"核实后补发 500 元","direction":"CREDIT","amount":"500.00"}""",
                FINANCE_A, null).getBody();
        assertThat(answered.path("status").asText()).isEqualTo("ADJUSTED");
        assertThat(answered.path("adjustmentStatus").asText()).isEqualTo("PROPOSED");
        String linked = answered.path("adjustmentId").asText();
        JsonNode linkedAdjustment = send(HttpMethod.GET, adjustments + "?status=PROPOSED", null, FINANCE_A, null)
                .getBody().get(0);
        assertThat(linkedAdjustment.path("adjustmentId").asText()).isEqualTo(linked);
        assertThat(linkedAdjustment.path("inquiryId").asText()).isEqualTo(adjustedId);
        assertThat(send(HttpMethod.POST, adjustments + "/" + linked + "/approval", "{\"decision\":\"APPROVE\"}",
                FINANCE_B, null).getStatusCode().value()).isEqualTo(200);
        assertThat(get(thisId, FINANCE_A).path("adjustments").findValuesAsText("key"))
                .containsExactlyInAnyOrder("manual:" + adjustmentId, "manual:" + linked);

        // the channel sees its own inquiries only, with their outcomes; finance sees every channel's
        JsonNode mine = send(HttpMethod.GET, inquiries, null, MANAGER, null).getBody();
        assertThat(mine.findValuesAsText("status")).containsExactly("REFUSED", "ADJUSTED");
        assertThat(mine.get(1).path("adjustmentStatus").asText()).isEqualTo("APPROVED");
        assertThat(send(HttpMethod.GET, inquiries, null, OTHER_MANAGER, null).getBody()).isEmpty();
        assertThat(send(HttpMethod.GET, inquiries + "?channelId=" + CHANNEL, null, OTHER_MANAGER, null)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(send(HttpMethod.GET, inquiries, null, FINANCE_B, null).getBody()).hasSize(2);
    }

    // ---- helpers ----

    static EventEnvelope attribution(String project, String purchase, YearMonth month, int day) {
        Instant subscribed = month.atDay(day).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
        PurchaseAttributed data = new PurchaseAttributed(purchase, "B1-" + purchase, UnitType.RESIDENTIAL,
                new BigDecimal("1000000.00"), subscribed, null, null, CHANNEL, "a-7", 0,
                new Explanation(List.of("VIS-4", "PUR-1"), List.of("ev-visit"), 1, "渠道保护期内认购",
                        "bought within protection", "ev-purchase-" + purchase));
        return EventEnvelope.of(Ids.newId(), TENANT, project, ClientKeys.clientKey(TENANT, project, "138****0002"),
                subscribed, subscribed.plusSeconds(5), data);
    }

    void produce(EventEnvelope event) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.PURCHASE_ATTRIBUTIONS.name(TENANT), event.partitionKey(),
                    EventJson.write(event))).get();
        }
    }

    StatementIssued awaitAnnouncement(String statementId) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "it-" + Ids.newId(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.STATEMENTS.name(TENANT)));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    EventEnvelope e = EventJson.read(r.value());
                    if (e.data() instanceof StatementIssued s && s.statementId().equals(statementId)) {
                        SchemaAssertions.assertValid(r.value());
                        return s;
                    }
                }
            }
        }
        throw new AssertionError("no StatementIssued for " + statementId);
    }

    JsonNode get(String statementId, String token) {
        ResponseEntity<JsonNode> response = send(HttpMethod.GET, "/api/v1/statements/" + statementId, null, token,
                null);
        assertThat(response.getStatusCode().value()).as(statementId).isEqualTo(200);
        return response.getBody();
    }

    ResponseEntity<JsonNode> send(HttpMethod method, String path, String body, String token, String language) {
        return http.exchange(path, method, new HttpEntity<>(body, headers(token, language)), JsonNode.class);
    }

    static HttpHeaders headers(String token, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return headers;
    }
}
