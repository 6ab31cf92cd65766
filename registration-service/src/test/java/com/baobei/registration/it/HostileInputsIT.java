package com.baobei.registration.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventJson;
import com.baobei.contracts.Ids;
import com.baobei.contracts.SchemaAssertions;
import com.baobei.contracts.Topics;
import com.baobei.contracts.registration.Registered;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.TopicReader;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.registration.testing.MasterDataSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * Issue 12, as the hostile tester did it, against the running service with a real PostgreSQL and Kafka: each
 * refused request answers problem+json naming the field (and row), stores nothing in the event store (the outbox,
 * so nothing can be published) and logs no import batch; the project's topic stays empty.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputsIT {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TENANT = "t-hostile";
    private static final String CSV_HEADER = "registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone\n";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private final String project = "p-" + Ids.newId();
    private final String admin = TOKENS.of("TENANT_ADMIN", TENANT);
    private final String agent = TOKENS.agent(TENANT, "c1", "a1");
    private String registration;

    @BeforeAll
    void masterData() {
        MasterDataSeed.tenant(http.getRootUri(), TENANT).projects(project).channel("c1", "AGENCY", "a1");
        registration = body(post("/api/v1/registrations", agent, registration("王", ""))).path("registrationId")
                .asText();
    }

    @Test
    void importRowsWithBlankIdsAreRefusedNamingRowAndField() {
        ResponseEntity<String> answer = refused(400, () -> post("/api/v1/registrations/imports", admin,
                importOf(row("c1", "a1", "周"), row("", "a1", "吴"), row("c1", " ", "郑"))));
        assertThat(fields(answer)).contains("rows[1].channelId", "rows[2].agentId");
    }

    @Test
    void aMegabyteSurnameIsA400NotADatabaseError() {
        ResponseEntity<String> answer = refused(400, () -> post("/api/v1/registrations/imports", admin,
                importOf(row("c1", "a1", "王".repeat(1 << 20)))));
        assertThat(fields(answer)).containsExactly("rows[0].clientSurname");
        assertThat(fields(refused(400, () -> post("/api/v1/registrations/imports", admin,
                importOf(row("c1", "a1", "王".repeat(255))))))).containsExactly("rows[0].clientSurname");
    }

    @Test
    void aFullNumberInAnImportedSurnameIs422() {
        ResponseEntity<String> answer = refused(422, () -> post("/api/v1/registrations/imports", admin,
                importOf(row("c1", "a1", "周"), row("c1", "a1", "王 138-1234-5678"))));
        assertThat(fields(answer)).containsExactly("rows[1].clientSurname");
        assertThat(answer.getBody()).doesNotContain("138-1234-5678", "1234-5678");
    }

    @Test
    void csvCellsAreNormalisedAndCheckedLikeJson() {
        refused(422, () -> csv(admin, CSV_HEADER + past() + ",c1,AGENCY,a1,王１３８１２３４５６７８,138****5678\n"));
        ResponseEntity<String> nul = refused(400, () -> csv(admin, CSV_HEADER + past()
                + ",c1,AGENCY,a1,王\u0000,138****5678\n"));
        assertThat(fields(nul)).containsExactly("rows[0].clientSurname");
        ResponseEntity<String> blank = refused(400, () -> csv(admin, "报备时间,渠道编号,渠道类型,经纪人编号,客户姓氏,手机号\n"
                + past() + ",c1,分销,,王,138****5678\n"));
        assertThat(fields(blank)).containsOnly("rows[0].agentId");
    }

    @Test
    void extremeYearsAre400() {
        for (String year : List.of("+999999999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z")) {
            ResponseEntity<String> answer = refused(400, () -> post("/api/v1/registrations/imports", admin, """
                    {"tenantId":"%s","projectId":"%s","rows":[{"registeredAt":"%s","channelId":"c1",
                     "channelKind":"AGENCY","agentId":"a1","clientSurname":"王","maskedPhone":"138****5678"}]}"""
                    .formatted(TENANT, project, year)));
            assertThat(fields(answer)).as(year).containsExactly("rows[0].registeredAt");
        }
        ResponseEntity<String> visit = refused(400, () -> post("/api/v1/registrations", agent,
                registration("王", ",\"expectedVisitAt\":\"-999999999-01-01T00:00:00Z\"")));
        assertThat(fields(visit)).containsExactly("expectedVisitAt");
    }

    @Test
    void aChannelPersonNeverImportsHistoryWhateverElseTheTokenSays() {
        String agentAndAdmin = TOKENS.token("a1", TENANT, "CHANNEL_AGENT", "TENANT_ADMIN").channel("c1").agent("a1")
                .sign();
        String partnerAndAdmin = TOKENS.token("partner-1", TENANT, "PARTNER", "TENANT_ADMIN").sign();
        for (String token : List.of(agentAndAdmin, partnerAndAdmin)) {
            refused(403, () -> post("/api/v1/registrations/imports", token,
                    importOf(row("c1", "a1", "周"))));
            refused(403, () -> csv(token, CSV_HEADER + past() + ",c1,AGENCY,a1,周,138****5678\n"));
        }
    }

    @Test
    void anImportIsMarkedImportedOnTheTopicAndListedInTheImportLog() {
        ResponseEntity<String> answer = post("/api/v1/registrations/imports", admin,
                importOf(row("c1", "a1", "周"), row("c1", "a1", "吴")));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        String batchId = body(answer).path("batchId").asText();
        List<String> ids = new ArrayList<>();
        body(answer).path("registrationIds").forEach(id -> ids.add(id.asText()));

        List<Registered> published = publishedRegistrations(ids);
        assertThat(published).hasSize(2).allSatisfy(r -> {
            assertThat(r.imported()).isTrue();
            assertThat(r.importedBy()).isEqualTo(TENANT + ".tenant_admin");
        });

        JsonNode log = body(get("/api/v1/registrations/imports?projectId=" + project, admin));
        JsonNode batch = find(log, batchId);
        assertThat(batch.path("rowCount").asInt()).isEqualTo(2);
        assertThat(batch.path("importedBy").asText()).isEqualTo(TENANT + ".tenant_admin");
        assertThat(batch.path("projectId").asText()).isEqualTo(project);
        assertThat(find(body(get("/api/v1/registrations/imports", TOKENS.of("MARKETING_MANAGER", TENANT))),
                batchId)).isNotNull();
        assertThat(find(body(get("/api/v1/registrations/imports", TOKENS.office("SITE_MANAGER", "sm", TENANT,
                project))), batchId)).isNotNull();
        assertThat(find(body(get("/api/v1/registrations/imports", TOKENS.office("SITE_MANAGER", "sm", TENANT,
                "elsewhere"))), batchId)).isNull();
        assertThat(get("/api/v1/registrations/imports", agent).getStatusCode().value()).isEqualTo(403);
        assertThat(find(body(get("/api/v1/registrations/imports", TOKENS.of("TENANT_ADMIN", "t-other"))), batchId))
                .isNull();
    }

    @Test
    void registrationsRefuseFreeTextACustomerCouldBeCalledWith() {
        assertThat(fields(refused(422, () -> post("/api/v1/registrations", agent, registration("王",
                ",\"companions\":[{\"surname\":\"李 139 1234 5678\",\"maskedPhone\":\"139****5678\"}]")))))
                .containsExactly("companions[0].surname");
        assertThat(fields(refused(400, () -> post("/api/v1/registrations", agent, registration("\u202E王", "")))))
                .containsExactly("clientSurname");
        assertThat(fields(refused(400, () -> post("/api/v1/registrations", agent, registration("王",
                ",\"companions\":[null]"))))).containsExactly("companions[0]");
    }

    @Test
    void disputesAreCheckedAsTheirConsumersWould() {
        assertThat(fields(refused(400, () -> post("/api/v1/disputes", agent, dispute("\"先报备\\u0000\"",
                "[\"photo-1\"]", "null"))))).containsExactly("statement");
        assertThat(fields(refused(422, () -> post("/api/v1/disputes", agent, dispute("\"客户 138 1234 5678\"",
                "[\"photo-1\"]", "null"))))).containsExactly("statement");
        assertThat(fields(refused(422, () -> post("/api/v1/disputes", agent, dispute("\"先报备\"",
                "[\"wx-13812345678.png\"]", "null"))))).containsExactly("evidenceRefs[0]");
        assertThat(fields(refused(400, () -> post("/api/v1/disputes", agent, dispute("\"先报备\"",
                "[\"photo-1\", null]", "null"))))).containsExactly("evidenceRefs[1]");
        assertThat(fields(refused(400, () -> post("/api/v1/disputes", agent, dispute("\"先报备\"",
                "[\"photo-1\"]", "\"\""))))).containsExactly("purchaseId");
        assertThat(post("/api/v1/disputes", agent, dispute("\"先报备\"", "[\"photo-1\"]", "null")).getStatusCode()
                .value()).isEqualTo(201);
    }

    @Test
    void masterDataRefusesFullNumbersAndDaysNoCalendarHolds() {
        assertThat(fields(refused(422, () -> put("/api/v1/master-data/channels/c1/agents/a-new",
                "{\"name\":\"陈 138-1234-5678\"}")))).containsExactly("name");
        assertThat(fields(refused(400, () -> put("/api/v1/master-data/projects/" + project + "-x",
                "{\"name\":\"滨江\",\"unitTypes\":[\"RESIDENTIAL\"],\"openingDate\":\"+999999999-01-01\"}"))))
                .containsExactly("openingDate");
    }

    // --- how a refusal must look

    private ResponseEntity<String> refused(int status, java.util.function.Supplier<ResponseEntity<String>> request) {
        long events = count("domain_event_entry");
        long batches = count("import_batch");
        ResponseEntity<String> answer = request.get();
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("problem+json").isTrue();
        assertThat(answer.getBody()).doesNotContain("java.", "Exception");
        assertThat(count("domain_event_entry")).as("nothing stored").isEqualTo(events);
        assertThat(count("import_batch")).as("no import logged").isEqualTo(batches);
        return answer;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static List<String> fields(ResponseEntity<String> answer) {
        List<String> fields = new ArrayList<>();
        body(answer).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private List<Registered> publishedRegistrations(List<String> ids) {
        try (TopicReader reader = new TopicReader(RealInfrastructure.shared().kafkaBootstrapServers(),
                Topics.REGISTRATION_EVENTS.name())) {
            List<ConsumerRecord<String, byte[]>> all = reader.readUntil(
                    read -> registrationsIn(read, ids).size() >= ids.size(), Duration.ofSeconds(30));
            all.forEach(r -> SchemaAssertions.assertValid(r.value()));
            return registrationsIn(all, ids);
        }
    }

    private static List<Registered> registrationsIn(List<ConsumerRecord<String, byte[]>> records, List<String> ids) {
        return records.stream().map(r -> EventJson.read(r.value()).data())
                .filter(d -> d instanceof Registered r && ids.contains(r.registrationId()))
                .map(Registered.class::cast).toList();
    }

    private static JsonNode find(JsonNode log, String batchId) {
        for (JsonNode batch : log) {
            if (batch.path("batchId").asText().equals(batchId)) {
                return batch;
            }
        }
        return null;
    }

    // --- requests

    private String importOf(String... rows) {
        return "{\"tenantId\":\"" + TENANT + "\",\"projectId\":\"" + project + "\",\"rows\":[" + String.join(",", rows)
                + "]}";
    }

    private static String row(String channel, String agentId, String surname) {
        return """
                {"registeredAt":"%s","channelId":"%s","channelKind":"AGENCY","agentId":"%s","clientSurname":"%s",
                 "maskedPhone":"138****5678"}""".formatted(past(), channel, agentId, surname);
    }

    private static String past() {
        return Instant.now().minus(3, ChronoUnit.DAYS).toString();
    }

    private String registration(String surname, String more) {
        return """
                {"tenantId":"%s","projectId":"%s","channelId":"c1","channelKind":"AGENCY","agentId":"a1",
                 "clientSurname":"%s","maskedPhone":"138****5678"%s}""".formatted(TENANT, project, surname, more);
    }

    private String dispute(String statement, String evidence, String purchaseId) {
        return """
                {"tenantId":"%s","projectId":"%s","channelId":"c1","agentId":"a1","kind":"OWNERSHIP",
                 "clientSurname":"王","maskedPhone":"138****5678","registrationId":"%s","purchaseId":%s,
                 "evidenceRefs":%s,"statement":%s}""".formatted(TENANT, project, registration, purchaseId, evidence,
                statement);
    }

    private ResponseEntity<String> post(String path, String token, String json) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers(token, MediaType.APPLICATION_JSON)),
                String.class);
    }

    private ResponseEntity<String> put(String path, String json) {
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers(admin, MediaType.APPLICATION_JSON)),
                String.class);
    }

    private ResponseEntity<String> csv(String token, String csv) {
        return http.exchange("/api/v1/registrations/imports?projectId=" + project, HttpMethod.POST,
                new HttpEntity<>(csv, headers(token, MediaType.parseMediaType("text/csv"))), String.class);
    }

    private ResponseEntity<String> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token, null)), String.class);
    }

    private static HttpHeaders headers(String token, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        if (type != null) {
            headers.setContentType(type);
        }
        return headers;
    }

    private static JsonNode body(ResponseEntity<String> answer) {
        try {
            return JSON.readTree(answer.getBody());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
