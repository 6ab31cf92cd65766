package com.baobei.registration.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.PersonalData;
import com.baobei.contracts.SchemaAssertions;
import com.baobei.contracts.Topics;
import com.baobei.contracts.masterdata.AgentChanged;
import com.baobei.contracts.masterdata.ChannelChanged;
import com.baobei.contracts.masterdata.ConsultantChanged;
import com.baobei.contracts.masterdata.ProjectChanged;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.TopicReader;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * Master data end to end (ADR 0014): a tenant admin defines it through the API and by CSV sheets with Chinese
 * headers; every change is on {@code baobei.masterdata.events} in the contract's form; and the case — a
 * registration naming a tenant, project, channel or agent nobody defined — is refused with 422 naming the field,
 * storing nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterDataIT {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tenant = "md-" + UUID.randomUUID().toString().substring(0, 8);
    private final String admin = TOKENS.of("TENANT_ADMIN", tenant);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void defineTheTenantsMasterData() {
        assertThat(put("/tenant", admin, "{\"name\":\"鸿泰地产\"}").getStatusCode().value()).isEqualTo(200);
        assertThat(put("/projects/binjiang", admin, """
                {"name":"滨江花园","salesOffice":"滨江营销中心","openingDate":"2026-03-01","salesFrom":"2026-02-15",
                 "salesTo":"2099-12-31","unitTypes":["RESIDENTIAL","PARKING"]}""").getStatusCode().value()).isEqualTo(200);
        assertThat(csv("projects", admin, """
                项目编号,项目名称,案场,开盘日期,销售开始,销售结束,户型,状态
                yunting,云庭,云庭售楼处,2026/5/1,,,办公、商业,启用
                closed,旧盘,,,,,住宅,停用
                """).getStatusCode().value()).isEqualTo(200);
        assertThat(put("/channels/tongcheng", admin, """
                {"name":"同城房产","kind":"AGENCY","agreementFrom":"2026-01-01","projectIds":["binjiang","closed"]}""")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(csv("channels", admin, "\uFEFF渠道编号,渠道名称,渠道类型,合作开始,合作结束,合作项目,状态\n"
                + "lianjia,链家,中介,,,,启用\nold,旧渠道,分销,2020-01-01,2020-12-31,,启用\n").getStatusCode().value())
                .isEqualTo(200);
        assertThat(put("/channels/tongcheng/agents/ag-1", admin, "{\"name\":\"陈晓\"}").getStatusCode().value())
                .isEqualTo(200);
        assertThat(csv("agents", admin, """
                渠道编号,经纪人编号,姓名,状态
                tongcheng,ag-gone,刘强,停用
                lianjia,lj-1,王磊,启用
                old,old-1,张三,启用
                """).getStatusCode().value()).isEqualTo(200);
        assertThat(csv("consultants", admin, """
                项目编号,置业顾问编号,姓名,上级编号,代理公司编号,状态
                binjiang,cs-zhao,赵敏,sm-liu,shilian,启用
                binjiang,sm-liu,刘芳,,shilian,启用
                """).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void everyChangeIsOnTheTopicAsTheContractSaysKeyedByEntity() {
        List<ConsumerRecord<String, byte[]>> records = ofTenant(13);

        for (ConsumerRecord<String, byte[]> record : records) {
            SchemaAssertions.assertValid(record.value());
            PersonalData.assertNoFullPhoneNumbers(new String(record.value(), StandardCharsets.UTF_8));
            assertThat(record.key()).isEqualTo(EventJson.read(record.value()).partitionKey());
        }
        Map<String, EventEnvelope> byKey = records.stream().collect(Collectors.toMap(ConsumerRecord::key,
                r -> EventJson.read(r.value()), (a, b) -> b));
        assertThat(byKey).containsKeys(tenant + ":tenant:" + tenant, tenant + ":project:binjiang",
                tenant + ":project:closed", tenant + ":channel:lianjia", tenant + ":agent:tongcheng:ag-1",
                tenant + ":consultant:binjiang:cs-zhao");
        EventEnvelope yunting = byKey.get(tenant + ":project:yunting");
        assertThat(yunting.projectId()).isEqualTo("yunting");
        assertThat(((ProjectChanged) yunting.data()).openingDate()).hasToString("2026-05-01");
        EventEnvelope lianjia = byKey.get(tenant + ":channel:lianjia");
        assertThat(lianjia.projectId()).isNull();
        assertThat(((ChannelChanged) lianjia.data()).kind().name()).isEqualTo("BROKER");
        assertThat(((AgentChanged) byKey.get(tenant + ":agent:tongcheng:ag-gone").data()).active()).isFalse();
        assertThat(((ConsultantChanged) byKey.get(tenant + ":consultant:binjiang:cs-zhao").data()).supervisorId())
                .isEqualTo("sm-liu");
        // ROT-3, ROT-4: the optional 代理公司编号 column reaches the topic as the consultant's agency
        assertThat(((ConsultantChanged) byKey.get(tenant + ":consultant:binjiang:cs-zhao").data()).agencyId())
                .isEqualTo("shilian");
    }

    @Test
    void theSameStateAgainStoresAndPublishesNothing() {
        long before = storedEvents();
        assertThat(put("/channels/tongcheng/agents/ag-1", admin, "{\"name\":\"陈晓\",\"active\":true}")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRegistrationNamingWhatNobodyDefinedIsRefusedNamingTheFieldAndNothingIsStored() {
        assertRefused("an unknown tenant (the issue's nobody/nowhere/fake-channel)",
                registration(TOKENS.agent("nobody", "fake-channel", "ag-1"), "nobody", "nowhere", "fake-channel",
                        "AGENCY", "ag-1"), "tenantId");
        assertRefused("an unknown project", register("nowhere", "tongcheng", "AGENCY", "ag-1"), "projectId");
        assertRefused("an inactive project", register("closed", "tongcheng", "AGENCY", "ag-1"), "projectId");
        assertRefused("an unknown channel", register("binjiang", "fake-channel", "AGENCY", "ag-1"), "channelId");
        assertRefused("a channel not working at the project", register("yunting", "tongcheng", "AGENCY", "ag-1"),
                "channelId");
        assertRefused("a channel whose agreement ended", register("binjiang", "old", "AGENCY", "old-1"), "channelId");
        assertRefused("the wrong channel kind", register("binjiang", "tongcheng", "BROKER", "ag-1"), "channelKind");
        assertRefused("an unknown agent", register("binjiang", "tongcheng", "AGENCY", "ag-2"), "agentId");
        assertRefused("an inactive agent", register("binjiang", "tongcheng", "AGENCY", "ag-gone"), "agentId");
        assertRefused("an agent of another channel", register("binjiang", "tongcheng", "AGENCY", "lj-1"), "agentId");

        assertThat(register("binjiang", "tongcheng", "AGENCY", "ag-1").get().getStatusCode().value()).isEqualTo(201);
        assertThat(register("yunting", "lianjia", "BROKER", "lj-1").get().getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void aDisputeNamesAProjectAndChannelTheTenantKnows() {
        String agent = TOKENS.agent(tenant, "tongcheng", "ag-1");
        String dispute = """
                {"tenantId":"%s","projectId":"%s","channelId":"tongcheng","agentId":"ag-1","kind":"OWNERSHIP",
                 "clientSurname":"王","maskedPhone":"138****0001","evidenceRefs":["photo-1"],"statement":"我方首先报备"}""";
        assertRefused("an unknown project", () -> post("/api/v1/disputes", agent, dispute.formatted(tenant, "nowhere")),
                "projectId");
        // an inactive project still takes disputes: they are about what happened while it sold
        assertThat(post("/api/v1/disputes", agent, dispute.formatted(tenant, "closed")).getStatusCode().value())
                .isEqualTo(201);
    }

    @Test
    void anImportedHistoryIsCheckedRowByRowOnEachRowsDay() {
        String rows = """
                {"tenantId":"%s","projectId":"binjiang","rows":[
                 {"registeredAt":"%s","channelId":"tongcheng","channelKind":"AGENCY","agentId":"ag-1",
                  "clientSurname":"周","maskedPhone":"138****0001"},
                 {"registeredAt":"2020-06-01T02:00:00Z","channelId":"tongcheng","channelKind":"AGENCY",
                  "agentId":"nobody","clientSurname":"吴","maskedPhone":"138****0002"}]}"""
                .formatted(tenant, Instant.now().minus(2, ChronoUnit.DAYS));
        ResponseEntity<String> refused = assertRefused("two bad rows",
                () -> post("/api/v1/registrations/imports", admin, rows), "rows[1].channelId", "rows[1].agentId");
        assertThat(refused.getBody()).contains("2020-06-01");
    }

    @Test
    void aSheetWithBadRowsIsRefusedWholeEachProblemNamingRowAndColumn() {
        long before = storedEvents();
        ResponseEntity<String> refused = csv("consultants", admin, """
                项目编号,置业顾问编号,姓名,上级编号,状态
                binjiang,cs-new,孙丽,,启用
                nowhere,cs-x,钱多,,启用
                binjiang,cs-y,,nobody,休假
                binjiang,cs-new,孙丽,,启用
                """);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(fields(refused)).containsExactlyInAnyOrder("rows[3].项目编号", "rows[4].姓名", "rows[4].上级编号",
                "rows[4].状态", "rows[5].置业顾问编号");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(csv("agents", admin, "渠道编号,姓名,状态\ntongcheng,x,启用\n").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void onlyTheTenantAdminWritesAndChannelPeopleReadTheirOwn() {
        String agent = TOKENS.agent(tenant, "tongcheng", "ag-1");
        long before = storedEvents();
        assertThat(put("/projects/binjiang", agent, "{\"name\":\"x\",\"unitTypes\":[\"OFFICE\"]}").getStatusCode().value())
                .isEqualTo(403);
        assertThat(csv("projects", TOKENS.of("FINANCE", tenant), "项目编号,项目名称,案场,开盘日期,销售开始,销售结束,户型,状态\n")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(ids(get("/channels", agent), "channelId")).containsExactly("tongcheng");
        assertThat(ids(get("/projects", agent), "projectId")).containsExactly("binjiang", "closed");
        assertThat(get("/channels/lianjia/agents", agent).getStatusCode().value()).isEqualTo(403);
        assertThat(ids(get("/channels/tongcheng/agents", agent), "agentId")).containsExactly("ag-1", "ag-gone");
        assertThat(get("/projects/binjiang/consultants", agent).getStatusCode().value()).isEqualTo(403);
        String consultant = TOKENS.office("CONSULTANT", "cs-zhao", tenant, "binjiang");
        assertThat(ids(get("/projects", consultant), "projectId")).containsExactly("binjiang");
        assertThat(ids(get("/projects/binjiang/consultants", consultant), "consultantId")).containsExactly("cs-zhao",
                "sm-liu");
        assertThat(get("/projects/yunting/consultants", consultant).getStatusCode().value()).isEqualTo(403);
        assertThat(ids(get("/channels", TOKENS.of("MARKETING_MANAGER", tenant)), "channelId"))
                .containsExactly("lianjia", "old", "tongcheng");
        // another developer sees none of it
        assertThat(ids(get("/projects", TOKENS.of("TENANT_ADMIN", "other-" + tenant)), "projectId")).isEmpty();
    }

    @Test
    void aBrokenRuleIs400AndAnUnknownReferenceIs422() {
        ResponseEntity<String> backwards = put("/projects/p-bad", admin, """
                {"name":"倒序","unitTypes":["OFFICE"],"salesFrom":"2026-06-01","salesTo":"2026-05-01"}""");
        assertThat(backwards.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(backwards)).containsExactly("salesTo");
        ResponseEntity<String> unknown = put("/channels/ch-x", admin,
                "{\"name\":\"x\",\"kind\":\"AGENCY\",\"projectIds\":[\"binjiang\",\"nowhere\"]}");
        assertThat(unknown.getStatusCode().value()).isEqualTo(422);
        assertThat(fields(unknown)).containsExactly("projectIds[1]");
        assertThat(put("/channels/nowhere/agents/a", admin, "{\"name\":\"x\"}").getStatusCode().value()).isEqualTo(422);
        assertThat(put("/projects/p:1", admin, "{\"name\":\"x\",\"unitTypes\":[\"OFFICE\"]}").getStatusCode().value())
                .isEqualTo(400);
    }

    private ResponseEntity<String> assertRefused(String why, Supplier<ResponseEntity<String>> request,
                                                 String... fields) {
        long before = storedEvents();
        ResponseEntity<String> response = request.get();
        assertThat(response.getStatusCode().value()).as(why).isEqualTo(422);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(fields(response)).as(why).containsExactly(fields);
        assertThat(storedEvents()).as(why + ": nothing stored").isEqualTo(before);
        return response;
    }

    private Supplier<ResponseEntity<String>> register(String project, String channel, String kind, String agent) {
        return registration(TOKENS.agent(tenant, channel, agent), tenant, project, channel, kind, agent);
    }

    private Supplier<ResponseEntity<String>> registration(String token, String tenantId, String project, String channel,
                                                          String kind, String agent) {
        return () -> post("/api/v1/registrations", token, """
                {"tenantId":"%s","projectId":"%s","channelId":"%s","channelKind":"%s","agentId":"%s",
                 "clientSurname":"王","maskedPhone":"139****%04d"}""".formatted(tenantId, project, channel, kind, agent,
                (int) (Math.random() * 10_000)));
    }

    private List<ConsumerRecord<String, byte[]>> ofTenant(int atLeast) {
        try (TopicReader reader = new TopicReader(RealInfrastructure.shared().kafkaBootstrapServers(),
                Topics.MASTER_DATA.name())) {
            return reader.readUntil(read -> mine(read).size() >= atLeast, Duration.ofSeconds(30)).stream()
                    .filter(r -> r.key().startsWith(tenant + ":")).toList();
        }
    }

    private List<ConsumerRecord<String, byte[]>> mine(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(tenant + ":")).toList();
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static List<String> fields(ResponseEntity<String> response) {
        List<String> fields = new ArrayList<>();
        read(response.getBody()).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static List<String> ids(ResponseEntity<String> response, String idField) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        read(response.getBody()).forEach(e -> ids.add(e.path(idField).asText()));
        return ids;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private ResponseEntity<String> put(String path, String token, String json) {
        return http.exchange("/api/v1/master-data" + path, HttpMethod.PUT,
                new HttpEntity<>(json, headers(token, MediaType.APPLICATION_JSON)), String.class);
    }

    private ResponseEntity<String> get(String path, String token) {
        return http.exchange("/api/v1/master-data" + path, HttpMethod.GET, new HttpEntity<>(headers(token, null)),
                String.class);
    }

    private ResponseEntity<String> post(String path, String token, String json) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers(token, MediaType.APPLICATION_JSON)),
                String.class);
    }

    private ResponseEntity<String> csv(String kind, String token, String sheet) {
        return http.exchange("/api/v1/master-data/" + kind + "/imports", HttpMethod.POST,
                new HttpEntity<>(sheet.getBytes(StandardCharsets.UTF_8), headers(token, MediaType.parseMediaType("text/csv"))),
                String.class);
    }

    private static HttpHeaders headers(String token, MediaType contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        if (contentType != null) {
            headers.setContentType(contentType);
        }
        return headers;
    }
}
