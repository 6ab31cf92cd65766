package com.baobei.commission.it;

import com.baobei.contracts.Ids;
import com.baobei.commission.testing.MasterDataSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.baobei.commission.export.StatementTable;
import com.baobei.commission.export.StatementXlsx;
import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Explanation;
import com.baobei.contracts.PersonalData;
import com.baobei.contracts.SchemaAssertions;
import com.baobei.contracts.Topics;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.commission.StatementIssued;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The commission service against a real broker and PostgreSQL: attributions in, a statement,
 * issued and announced; a later cancellation as an adjustment on the next statement; re-sent
 * records changing nothing; an unreadable record dead-lettered while the partition moves on; each tenant's
 * attributions read from its own topic, a new tenant's found by pattern (ADR 0013).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissionServiceIT {

    static final String TENANT = "t1";
    static final String CHANNEL = "ch-it";
    static final TestTokens TOKENS = TestTokens.shared();
    static final String FINANCE = TOKENS.of("FINANCE", TENANT);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    KafkaProducer<String, byte[]> producer;
    String project;

    @BeforeAll
    void producer() {
        // what the attribution service does before its first publication for a tenant
        RealInfrastructure.shared().createTenantTopics(TENANT);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer = new KafkaProducer<>(p);
    }

    @AfterAll
    void close() {
        producer.close();
    }

    String freshProject() {
        return "p" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void attributions_become_a_statement_that_is_issued_and_later_adjusted() throws Exception {
        project = freshProject();
        putAgreement(project, CHANNEL);
        // three January deals: tier 2 (from the 3rd deal, 1.5 %) lifts all three
        List<EventEnvelope> sent = new ArrayList<>();
        sent.add(attribution("d1", "1000000.00", "2024-01-05T02:00:00Z", null, 0));
        sent.add(attribution("d2", "2000000.00", "2024-01-12T02:00:00Z", null, 0));
        sent.add(attribution("d3", "1500000.00", "2024-01-31T15:30:00Z", null, 0)); // 23:30 in Shanghai
        sent.add(attribution("d4", "900000.00", "2024-01-31T16:30:00Z", null, 0));  // 00:30 on 1 Feb in Shanghai
        sent.forEach(this::produce);

        String jan = TENANT + ":" + project + ":" + CHANNEL + ":2024-01-01";
        String feb = TENANT + ":" + project + ":" + CHANNEL + ":2024-02-01";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get("/api/v1/statements/" + jan).path("deals")).hasSize(3));
        JsonNode open = get("/api/v1/statements/" + jan);
        assertThat(open.path("state").asText()).isEqualTo("OPEN");
        assertThat(open.path("tier").path("tier").asInt()).isEqualTo(2);
        assertThat(open.path("totals").path("gross").asText()).isEqualTo("67500.00");
        assertThat(open.path("deals").get(0).path("attributionRuleIds").toString()).contains("PUR-1");

        // only finance issues, and the token's subject is who issued it
        assertThat(issue(jan, TOKENS.channelManager(TENANT, CHANNEL)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> issued = issue(jan, FINANCE);
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(issued.getBody().path("state").asText()).isEqualTo("ISSUED");
        assertThat(issued.getBody().path("issuedBy").asText()).isEqualTo(TENANT + ".finance");
        assertThat(issue(jan, FINANCE).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // StatementIssued appears on the statements topic
        StatementIssued announced = awaitAnnouncement(jan);
        assertThat(announced.netPayable()).isEqualByComparingTo("67500.00");
        assertThat(announced.dealCount()).isEqualTo(3);
        assertThat(announced.issuedBy()).isEqualTo(TENANT + ".finance");

        // a later cancellation of d3: January stays as issued; February carries the adjustments
        produce(attribution("d3", "1500000.00", "2024-01-31T15:30:00Z", "2024-02-10T03:00:00Z", 1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get("/api/v1/statements/" + feb).path("adjustments")).hasSize(3));
        JsonNode february = get("/api/v1/statements/" + feb);
        assertThat(february.path("deals")).hasSize(1);
        JsonNode reversal = find(february.path("adjustments"), "key", "deal:d3");
        assertThat(reversal.path("cause").asText()).isEqualTo("CANCELLED");
        assertThat(reversal.path("originalPeriod").path("label").asText()).isEqualTo("2024-01");
        assertThat(reversal.path("amount").asText()).isEqualTo("-22500.00");
        assertThat(find(february.path("adjustments"), "key", "deal:d1").path("cause").asText()).isEqualTo("TIER_MOVED");
        assertThat(february.path("totals").path("adjustments").asText()).isEqualTo("-37500.00");
        // ADR 0032: the clawback exceeds February's commission: nothing is paid, the rest is carried forward
        assertThat(february.path("totals").path("netPayable").asText()).isEqualTo("0.00");
        assertThat(february.path("totals").path("carriedForward").asText()).isEqualTo("-28500.00");
        assertThat(get("/api/v1/statements/" + jan)).isEqualTo(issued.getBody());

        // every record re-sent: nothing changes
        long inbox = inboxCount();
        sent.forEach(this::produce);
        // a new event carrying an older revision: recorded, but the newer state stays
        produce(attribution("d3", "1500000.00", "2024-01-31T15:30:00Z", null, 0));
        EventEnvelope sentinel = attribution("d9", "100.00", "2024-03-01T02:00:00Z", null, 0);
        produce(sentinel);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from inbox where event_id = ?", Long.class, sentinel.eventId()) == 1);
        assertThat(inboxCount()).isEqualTo(inbox + 2);
        assertThat(jdbc.queryForObject(
                "select revision from deal where tenant_id = ? and project_id = ? and purchase_id = 'd3'",
                Integer.class, TENANT, project)).isEqualTo(1);
        assertThat(get("/api/v1/statements/" + feb)).isEqualTo(february);
        assertThat(get("/api/v1/statements/" + jan)).isEqualTo(issued.getBody());

        // what-if on live data: January as it stands now, and one more deal crossing the tier again
        ResponseEntity<JsonNode> whatIf = exchange(HttpMethod.POST, "/api/v1/simulations",
                "{\"projectId\":\"" + project + "\",\"channelId\":\"" + CHANNEL + "\",\"period\":\"2024-01\","
                        + "\"oneMoreDealAmount\":\"500000.00\"}", FINANCE);
        assertThat(whatIf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(whatIf.getBody().path("statement").path("totals").path("gross").asText()).isEqualTo("30000.00");
        assertThat(whatIf.getBody().path("oneMore").path("crossesTier").asBoolean()).isTrue();
        assertThat(whatIf.getBody().path("oneMore").path("ownCommission").asText()).isEqualTo("7500.00");
        assertThat(whatIf.getBody().path("oneMore").path("liftOfOtherDeals").asText()).isEqualTo("15000.00");

        // the exports reconcile with the JSON to the fen
        assertExportsReconcile(jan);
        assertExportsReconcile(feb);

        // the list filters
        JsonNode listed = get("/api/v1/statements?projectId=" + project + "&state=ISSUED");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("statementId").asText()).isEqualTo(jan);
        assertThat(get("/api/v1/statements?projectId=" + project + "&channelId=" + CHANNEL + "&period=2024-02"))
                .singleElement().satisfies(s -> assertThat(s.path("state").asText()).isEqualTo("OPEN"));
    }

    @Test
    void rpt1_commission_earned_per_channel_and_agent_is_the_statements_money_by_office_day() {
        String p = freshProject();
        putAgreement(p, CHANNEL);
        produce(attribution(p, "e1", "1000000.00", "2024-01-05T02:00:00Z", null, 0));
        produce(attribution(p, "e2", "2000000.00", "2024-01-12T17:00:00Z", null, 0)); // 01:00 on the 13th in Shanghai
        String jan = TENANT + ":" + p + ":" + CHANNEL + ":2024-01-01";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get("/api/v1/statements/" + jan).path("deals")).hasSize(2));
        String gross = get("/api/v1/statements/" + jan).path("totals").path("gross").asText();
        String report = "/api/v1/projects/" + p + "/reports/commission?from=2024-01-01&to=2024-01-31";

        JsonNode month = get(report + "&per=period");
        assertThat(month).hasSize(1);
        assertThat(month.get(0).path("deals").asInt()).isEqualTo(2);
        // money is written as a decimal string, as on the statements
        assertThat(new BigDecimal(month.get(0).path("commission").asText())).isEqualByComparingTo(gross);
        JsonNode days = get(report);
        assertThat(days).extracting(d -> d.path("from").asText()).containsExactly("2024-01-05", "2024-01-13");
        assertThat(get(report + "&by=agent&per=period").get(0).path("agentId").asText()).isEqualTo("agent-1");

        // a channel manager reads their own channel's money only; agents read no money
        ResponseEntity<JsonNode> own = exchange(HttpMethod.GET, report, null, TOKENS.channelManager(TENANT, CHANNEL));
        assertThat(own.getBody()).hasSize(2);
        ResponseEntity<JsonNode> other = exchange(HttpMethod.GET, report, null, TOKENS.channelManager(TENANT, "ch-else"));
        assertThat(other.getBody()).isEmpty();
        assertThat(exchange(HttpMethod.GET, report, null, TOKENS.agent(TENANT, CHANNEL, "agent-1")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        byte[] csv = download(report + "&format=csv").getBody();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFF渠道 Channel")
                .contains(CHANNEL + ",,2024-01-05,2024-01-05,1,");
        byte[] xlsx = download(report + "&format=xlsx").getBody();
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(exchange(HttpMethod.GET, report + "&by=office", null, FINANCE).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void an_unreadable_record_goes_to_the_dead_letter_topic_and_the_partition_moves_on() {
        String p = freshProject();
        putAgreement(p, CHANNEL);
        String key = ClientKeys.projectKey(TENANT, p);
        producer.send(new ProducerRecord<>(Topics.PURCHASE_ATTRIBUTIONS.name(TENANT), key,
                "{not json".getBytes(StandardCharsets.UTF_8)));
        produce(attribution(p, "ok-1", "1000000.00", "2024-05-05T02:00:00Z", null, 0));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                get("/api/v1/statements/" + TENANT + ":" + p + ":" + CHANNEL + ":2024-05-01").path("deals")).hasSize(1));
        ConsumerRecord<String, byte[]> dead = awaitRecord(Topics.PURCHASE_ATTRIBUTIONS.deadLetter(TENANT),
                r -> key.equals(r.key()));
        assertThat(new String(dead.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                .contains("not a readable event");
    }

    @Test
    void a_new_tenants_topic_is_read_within_seconds_and_an_attribution_on_another_tenants_topic_is_refused()
            throws Exception {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String p = freshProject();
        putAgreement(p, CHANNEL, tenant, TOKENS.of("FINANCE", tenant));
        // the topic appears after the service subscribed: the pattern finds it, and reads it from its start
        RealInfrastructure.shared().createTenantTopics(tenant);
        EventEnvelope own = withTenant(attribution(p, "n-1", "1000000.00", "2024-05-05T02:00:00Z", null, 0), tenant);
        producer.send(new ProducerRecord<>(Topics.PURCHASE_ATTRIBUTIONS.name(tenant), own.partitionKey(),
                EventJson.write(own))).get();
        // t1's attribution misrouted onto the new tenant's topic: dead-lettered, paid to nobody
        EventEnvelope stray = attribution(p, "n-2", "9000000.00", "2024-05-06T02:00:00Z", null, 0);
        producer.send(new ProducerRecord<>(Topics.PURCHASE_ATTRIBUTIONS.name(tenant), stray.partitionKey(),
                EventJson.write(stray))).get();

        String statement = "/api/v1/statements/" + tenant + ":" + p + ":" + CHANNEL + ":2024-05-01";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(exchange(HttpMethod.GET, statement, null,
                TOKENS.of("FINANCE", tenant)).getBody().path("deals")).hasSize(1));
        ConsumerRecord<String, byte[]> dead = awaitRecord(Topics.PURCHASE_ATTRIBUTIONS.deadLetter(tenant),
                r -> EventJson.read(r.value()).eventId().equals(stray.eventId()));
        assertThat(new String(dead.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                .contains("of tenant " + TENANT + " on topic " + Topics.PURCHASE_ATTRIBUTIONS.name(tenant));
        assertThat(jdbc.queryForObject("select count(*) from deal where tenant_id = ? and project_id = ?", Long.class,
                TENANT, p)).isZero();
    }

    static EventEnvelope withTenant(EventEnvelope e, String tenant) {
        return EventEnvelope.of(e.eventId(), tenant, e.projectId(), ClientKeys.clientKey(tenant, e.projectId(),
                "138****0001"), e.occurredAt(), e.recordedAt(), e.data());
    }

    @Test
    void bad_agreements_get_400_problems_naming_the_field() {
        String body = """
                {"versions":[{"effectiveFrom":"2024-01-01","tiers":[
                  {"from":"1","ratePercent":"1.0"},{"from":"6","upTo":"11","ratePercent":"-1"},
                  {"from":"8","ratePercent":"1.5"}]}]}""";
        ResponseEntity<JsonNode> response = exchange(HttpMethod.PUT,
                "/api/v1/projects/px/channels/cx/agreement", body, FINANCE);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().path("errors").toString())
                .contains("versions[0].tiers[1].ratePercent", "versions[0].tiers[2].from");
        ResponseEntity<JsonNode> unknown = exchange(HttpMethod.PUT, "/api/v1/projects/px/channels/cx/agreement",
                "{\"versions\":[],\"colour\":\"red\"}", FINANCE);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().path("errors").get(0).path("field").asText()).isEqualTo("colour");
    }

    @Test
    void fines_are_deducted_and_simulations_show_the_next_tier() {
        String p = freshProject();
        putAgreement(p, "ch-f");
        ResponseEntity<JsonNode> fine = exchange(HttpMethod.POST, "/api/v1/fines", """
                {"fineId":"%s-f1","projectId":"%s","channelId":"ch-f","reasonCode":"FORBIDDEN_ZONE","agentId":"a-7"}"""
                .formatted(p, p), FINANCE);
        assertThat(fine.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(fine.getBody().path("recordedBy").asText()).isEqualTo(TENANT + ".finance");
        assertThat(fine.getBody().path("offenceNumber").asInt()).isEqualTo(1);
        assertThat(fine.getBody().path("charges")).hasSize(2);
        ResponseEntity<JsonNode> again = exchange(HttpMethod.POST, "/api/v1/fines", """
                {"fineId":"%s-f1","projectId":"%s","channelId":"ch-f","reasonCode":"FORBIDDEN_ZONE","agentId":"a-7"}"""
                .formatted(p, p), FINANCE);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode statement = get("/api/v1/statements/" + fine.getBody().path("statementId").asText());
        assertThat(statement.path("totals").path("fines").asText()).isEqualTo("-10500.00");

        ResponseEntity<JsonNode> sim = exchange(HttpMethod.POST, "/api/v1/simulations", """
                {"agreement":{"versions":[{"effectiveFrom":"2024-01-01","tiers":[
                   {"from":"1","ratePercent":"1.0"},{"from":"3","ratePercent":"1.5"}]}]},
                 "deals":[{"amount":"1000000","subscribedAt":"2024-01-05T02:00:00Z"},
                          {"amount":"1000000","subscribedAt":"2024-01-06T02:00:00Z"}],
                 "period":"2024-01","oneMoreDealAmount":"1000000"}""", FINANCE);
        assertThat(sim.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode more = sim.getBody().path("oneMore");
        assertThat(more.path("crossesTier").asBoolean()).isTrue();
        assertThat(more.path("ownCommission").asText()).isEqualTo("15000.00");
        assertThat(more.path("liftOfOtherDeals").asText()).isEqualTo("10000.00");
        assertThat(sim.getBody().path("statement").path("totals").path("gross").asText()).isEqualTo("20000.00");
    }

    @Test
    void ready_with_database_and_broker_and_documented() {
        JsonNode readiness = http.getForObject("/actuator/health/readiness", JsonNode.class);
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        JsonNode docs = get("/v3/api-docs");
        assertThat(docs.path("paths").has("/api/v1/statements/{statementId}/issue")).isTrue();
        assertThat(docs.path("paths").has("/api/v1/simulations")).isTrue();
        assertThat(docs.path("components").path("securitySchemes").has("bearer-jwt")).isTrue();
        // every operation says what happens without a token and without the role; none asks for X-Actor or X-Role
        docs.path("paths").forEach(path -> path.forEach(operation -> {
            assertThat(operation.path("responses").has("401")).as(operation.path("operationId").asText()).isTrue();
            assertThat(operation.path("responses").has("403")).as(operation.path("operationId").asText()).isTrue();
            operation.path("parameters").forEach(parameter ->
                    assertThat(parameter.path("name").asText()).doesNotStartWith("X-"));
        }));
    }

    // ---- helpers ----

    void putAgreement(String p, String channel) {
        putAgreement(p, channel, TENANT, FINANCE);
    }

    void putAgreement(String p, String channel, String tenant, String finance) {
        MasterDataSeed.into(jdbc, bootstrap).project(tenant, p, true).channel(tenant, channel, "a-7").publish();
        ResponseEntity<JsonNode> put = exchange(HttpMethod.PUT, "/api/v1/projects/" + p + "/channels/" + channel
                + "/agreement", """
                {"versions":[{"effectiveFrom":"2024-01-01","basis":"DEAL_COUNT","mode":"RETROACTIVE",
                  "trigger":"SUBSCRIPTION","tiers":[{"from":"1","ratePercent":"1.0"},{"from":"3","ratePercent":"1.5"}]}]}
                """, finance);
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(put.getBody().path("revision").asInt()).isEqualTo(1);
    }

    EventEnvelope attribution(String purchase, String amount, String subscribedAt, String cancelledAt, int revision) {
        return attribution(project, purchase, amount, subscribedAt, cancelledAt, revision);
    }

    static EventEnvelope attribution(String project, String purchase, String amount, String subscribedAt,
                                     String cancelledAt, int revision) {
        Instant subscribed = Instant.parse(subscribedAt);
        Instant cancelled = cancelledAt == null ? null : Instant.parse(cancelledAt);
        Instant recorded = (cancelled != null ? cancelled : subscribed).plusSeconds(5);
        PurchaseAttributed data = new PurchaseAttributed(purchase, "B1-" + purchase, UnitType.RESIDENTIAL,
                new BigDecimal(amount), subscribed, null, cancelled, CHANNEL, "agent-1", revision,
                new Explanation(List.of("VIS-4", "PUR-1"), List.of("ev-visit"), 1, "渠道保护期内认购", "bought within protection",
                        "ev-purchase-" + purchase));
        return EventEnvelope.of(Ids.newId(), TENANT, project, ClientKeys.clientKey(TENANT, project,
                "138****0001"), subscribed, recorded, data);
    }

    void produce(EventEnvelope event) {
        try {
            producer.send(new ProducerRecord<>(Topics.PURCHASE_ATTRIBUTIONS.name(event.tenantId()), event.partitionKey(),
                    EventJson.write(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode get(String path) {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.GET, path, null, FINANCE);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** This tenant's inbox: other test classes sharing the database write other tenants' events. */
    long inboxCount() {
        return jdbc.queryForObject("select count(*) from inbox where tenant_id = ?", Long.class, TENANT);
    }

    ResponseEntity<JsonNode> issue(String statementId, String token) {
        return exchange(HttpMethod.POST, "/api/v1/statements/" + statementId + "/issue", null, token);
    }

    ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String body, String token) {
        return http.exchange(path, method, new HttpEntity<>(body, headers(token)), JsonNode.class);
    }

    static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return headers;
    }

    ResponseEntity<byte[]> download(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(FINANCE)), byte[].class);
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }

    StatementIssued awaitAnnouncement(String statementId) {
        ConsumerRecord<String, byte[]> record = awaitRecord(Topics.STATEMENTS.name(TENANT), r -> {
            EventEnvelope e = EventJson.read(r.value());
            return TENANT.equals(e.tenantId()) && e.data() instanceof StatementIssued s
                    && s.statementId().equals(statementId);
        });
        SchemaAssertions.assertValid(record.value());
        EventEnvelope event = EventJson.read(record.value());
        assertThat(event.eventType()).isEqualTo("commission.StatementIssued.v1");
        assertThat(event.tenantId()).isEqualTo(TENANT);
        assertThat(record.key()).isEqualTo(TENANT + ":" + CHANNEL);
        // made by the service before its first statement (the test broker would auto-create one partition)
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            assertThat(admin.describeTopics(List.of(Topics.STATEMENTS.name(TENANT), Topics.STATEMENTS.deadLetter(TENANT)))
                    .allTopicNames().get().values())
                    .hasSize(2).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(Topics.STATEMENTS.partitions()));
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
        return (StatementIssued) event.data();
    }

    ConsumerRecord<String, byte[]> awaitRecord(String topic, java.util.function.Predicate<ConsumerRecord<String, byte[]>> match) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + Ids.newId());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (match.test(r)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no matching record on " + topic);
    }

    void assertExportsReconcile(String statementId) throws Exception {
        JsonNode json = get("/api/v1/statements/" + statementId);
        BigDecimal net = new BigDecimal(json.path("totals").path("netPayable").asText());
        // ADR 0032: the lines add up to the balance, paid when positive, else carried forward
        BigDecimal balance = net.add(new BigDecimal(json.path("totals").path("carriedForward").asText()));

        ResponseEntity<byte[]> csv = download("/api/v1/statements/" + statementId + "/csv");
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        byte[] bytes = csv.getBody();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        BigDecimal csvLines = BigDecimal.ZERO;
        BigDecimal csvNet = null;
        boolean inLines = false;
        for (CSVRecord row : rows) {
            String first = row.get(0);
            if (first.equals(StatementTable.COLUMNS.get(0))) {
                inLines = true;
            } else if (first.isEmpty()) {
                inLines = false;
            } else if (inLines) {
                csvLines = csvLines.add(new BigDecimal(row.get(StatementTable.AMOUNT)));
            } else if (first.equals(StatementTable.NET)) {
                csvNet = new BigDecimal(row.get(StatementTable.AMOUNT));
            }
        }
        assertThat(csvLines).isEqualByComparingTo(balance);
        assertThat(csvNet).isEqualByComparingTo(net);
        assertThat(text).contains("应付净额");
        PersonalData.assertNoFullPhoneNumbers(text);
        PersonalData.assertNoFullPhoneNumbers(json.toString());

        ResponseEntity<byte[]> xlsx = download("/api/v1/statements/" + statementId + "/xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = book.getSheet(StatementXlsx.SHEET);
            BigDecimal xlsxLines = BigDecimal.ZERO;
            BigDecimal xlsxNet = null;
            boolean lines = false;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                String label = first == null ? "" : first.getStringCellValue();
                Cell amount = row.getCell(StatementTable.AMOUNT);
                if (label.equals(StatementTable.COLUMNS.get(0))) {
                    lines = true;
                } else if (lines && amount != null && amount.getCellType() == CellType.NUMERIC
                        && !label.equals(StatementTable.GROSS) && !label.equals(StatementTable.ADJUSTMENTS)
                        && !label.equals(StatementTable.FINES) && !label.equals(StatementTable.NET)
                        && !label.equals(StatementTable.CARRIED_IN) && !label.equals(StatementTable.CARRIED_FORWARD)) {
                    xlsxLines = xlsxLines.add(fen(amount.getNumericCellValue()));
                } else if (label.equals(StatementTable.NET)) {
                    xlsxNet = fen(amount.getNumericCellValue());
                }
            }
            assertThat(xlsxLines).isEqualByComparingTo(balance);
            assertThat(xlsxNet).isEqualByComparingTo(net);
        }
    }

    static BigDecimal fen(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

}
