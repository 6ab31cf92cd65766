package com.baobei.visit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Ids;
import com.baobei.contracts.PersonalData;
import com.baobei.contracts.SchemaAssertions;
import com.baobei.contracts.Topics;
import com.baobei.contracts.visit.ErasureRequested;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.TopicReader;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.visit.erasure.RetentionJob;
import com.baobei.visit.testing.DisputeSeed;
import com.baobei.visit.testing.MasterDataSeed;
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
 * PIPL erasure in the visit service (issue 14, ADR 0033), through a real broker and a real PostgreSQL: a client visits
 * and buys with their full number; the tenant admin erases it on their request; the number is in no table and no
 * stored event any more, the visit and the purchase stay and read as erased (not a 500), the request is recorded
 * (who, when, why) and announced on the topic without a full number. The retention period erases the same way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = VisitPublishingIT.PROPERTIES)
@UsesRealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class ErasureIT {

    /**
     * Masked 138****5678 like the rest of this class, with middle digits of this run's own: the tests scan every table
     * of the database the other ITs of this JVM share, and 13812345678 is a number several of them store.
     */
    private static final String WANG = "138" + (2000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(8000))
            + "5678";
    private static final String LI = "13920462046";
    private static final String ZHAO = "18604170417";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RetentionJob retentionJob;

    @Test
    void onRequestTheFullNumberGoesEverywhereAndTheDecisionsAndTheRecordStay(CapturedOutput output) {
        String tenant = "t-erase-" + Ids.newId().substring(0, 8);
        String project = project(tenant);
        String disputedOnly = project(tenant);
        Instant at = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        setRotation(tenant, project, LocalDate.ofInstant(at, ZONE));

        String visitId = (String) post(tenant, "/api/v1/visits", "cs-a", "CONSULTANT", """
                {"projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s","visitedAt":"%s",
                 "consultantId":"cs-a"}""".formatted(project, WANG, at)).getBody().get("visitId");
        ResponseEntity<Map> bought = post(tenant, "/api/v1/purchases", "cs-a", "CONSULTANT", """
                {"projectId":"%s","stage":"SUBSCRIPTION","unitId":"1-1-101","unitType":"RESIDENTIAL",
                 "amount":"2000000","buyerSurname":"王","buyerPhone":"%s","consultantId":"cs-a",
                 "purchasedAt":"%s"}""".formatted(project, WANG, at.plusSeconds(60)));
        assertThat(bought.getStatusCode().value()).as(String.valueOf(bought.getBody())).isEqualTo(201);
        String purchaseId = (String) bought.getBody().get("purchaseId");
        // a dispute about the same masked number at another project: the client is known there too (evidence files)
        DisputeSeed.raise(jdbc, tenant, disputedOnly, "dsp-" + Ids.newId(), "ch-1", "138****5678");
        assertThat(get(tenant, "/api/v1/visits/" + visitId, "SITE_MANAGER").getBody())
                .containsEntry("clientPhone", WANG);
        assertThat(holding(WANG)).as("before: the tables that hold the number").contains("client_contact");

        ResponseEntity<Map> erased = post(tenant, "/api/v1/tenants/" + tenant + "/erasures", "admin-zhou",
                "TENANT_ADMIN", "{\"phone\":\"%s\",\"reason\":\"本人来电要求删除手机号 工单 2026-118\"}".formatted(WANG));

        assertThat(erased.getStatusCode().value()).as(String.valueOf(erased.getBody())).isEqualTo(201);
        String erasureId = (String) erased.getBody().get("erasureId");
        String hash = (String) erased.getBody().get("phoneHash");
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(erased.getBody()).containsEntry("maskedPhone", "138****5678").containsEntry("trigger", "REQUEST")
                .containsEntry("requestedBy", "admin-zhou").containsEntry("reason", "本人来电要求删除手机号 工单 2026-118");
        assertThat(erased.getBody().toString()).contains("the full number (client_contact) deleted");

        // the number is in no table and no stored event of this service any more
        assertThat(holding(WANG)).as("after: tables whose rows hold the number").isEmpty();
        assertThat(storedPayloads()).doesNotContain(WANG);
        assertThat(jdbc.queryForObject("select count(*) from client_contact where tenant_id = ?", Long.class, tenant))
                .isZero();
        // what the decisions were made from stays: the visit and the purchase with masked number and hash
        assertThat(jdbc.queryForObject("select count(*) from visit_view where visit_id = ? and phone_hash = ? "
                + "and masked_phone = '138****5678'", Long.class, visitId, hash)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from purchase_view where tenant_id = ? and purchase_id = ? "
                + "and phone_hash = ?", Long.class, tenant, purchaseId, hash)).isEqualTo(1);

        // reading them afterwards says the number was erased, not a 500
        ResponseEntity<Map> visit = get(tenant, "/api/v1/visits/" + visitId, "SITE_MANAGER");
        assertThat(visit.getStatusCode().value()).isEqualTo(200);
        assertThat(visit.getBody()).doesNotContainKey("clientPhone").containsEntry("phoneErased", true)
                .containsEntry("maskedPhone", "138****5678").containsEntry("clientSurname", "王");
        ResponseEntity<Map> purchase = get(tenant, "/api/v1/purchases/" + purchaseId, "CONSULTANT");
        assertThat(purchase.getStatusCode().value()).isEqualTo(200);
        assertThat(purchase.getBody()).doesNotContainKey("buyerPhone").containsEntry("buyerPhoneErased", true)
                .containsEntry("maskedPhone", "138****5678").containsEntry("amount", "2000000.00");

        // announced once per project where the client is known, with the client key and hash only
        List<ConsumerRecord<String, byte[]>> announced = erasures(erasureId, 2);
        assertThat(announced).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(tenant + ":" + project, tenant + ":" + disputedOnly);
        for (ConsumerRecord<String, byte[]> record : announced) {
            SchemaAssertions.assertValid(record.value());
            EventEnvelope event = EventJson.read(record.value());
            assertThat(event.clientKey()).endsWith(":138****5678");
            assertThat(event.data()).isEqualTo(new ErasureRequested(erasureId, hash, ErasureRequested.Trigger.REQUEST));
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("admin-zhou")
                    .doesNotContain("工单");
        }

        // recorded, readable by the tenant admin only
        ResponseEntity<List> listed = http.exchange("/api/v1/tenants/" + tenant + "/erasures", HttpMethod.GET,
                new HttpEntity<>(headers(tenant, "admin-wu", "TENANT_ADMIN")), List.class);
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        assertThat((Map<String, Object>) listed.getBody().get(0)).containsEntry("erasureId", erasureId)
                .containsEntry("requestedBy", "admin-zhou");
        assertThat(jdbc.queryForMap("select requested_by, trigger, full_numbers_erased, projects from erasure_request "
                + "where erasure_id = ?", erasureId)).containsEntry("requested_by", "admin-zhou")
                .containsEntry("trigger", "REQUEST").containsEntry("full_numbers_erased", 1)
                .containsEntry("projects", String.join(",", List.of(project, disputedOnly).stream().sorted().toList()));
        assertThat(http.exchange("/api/v1/tenants/" + tenant + "/erasures", HttpMethod.GET,
                new HttpEntity<>(headers(tenant, "cs-a", "SITE_MANAGER")), Map.class).getStatusCode().value())
                .isEqualTo(403);

        // asked again (by hash, as the record names the person): recorded again, nothing more to erase
        ResponseEntity<Map> again = post(tenant, "/api/v1/tenants/" + tenant + "/erasures", "admin-zhou",
                "TENANT_ADMIN", "{\"phoneHash\":\"%s\",\"reason\":\"再次申请\"}".formatted(hash));
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getBody().toString()).contains("no full number held");
        assertThat(jdbc.queryForObject("select count(*) from erasure_request where tenant_id = ?", Long.class, tenant))
                .isEqualTo(2);

        // the desk types the number again for a new visit: it is kept again, as that new fact needs
        post(tenant, "/api/v1/visits", "cs-a", "CONSULTANT", """
                {"projectId":"%s","kind":"RETURN","clientSurname":"王","clientPhone":"%s","visitedAt":"%s",
                 "consultantId":"cs-a"}""".formatted(project, WANG, at.plusSeconds(120)));
        assertThat(holding(WANG)).containsExactly("client_contact");
        assertThat(PersonalData.fullPhoneNumbers(output.getAll())).isEmpty();
    }

    @Test
    void badErasureRequestsAre4xxProblemsAndEraseNothing() {
        String tenant = "t-erase-" + Ids.newId().substring(0, 8);
        String path = "/api/v1/tenants/" + tenant + "/erasures";
        assertThat(status(post(tenant, path, "a", "TENANT_ADMIN", "{\"reason\":\"x\"}"))).isEqualTo(400);
        assertThat(status(post(tenant, path, "a", "TENANT_ADMIN", "{\"phone\":\"%s\",\"phoneHash\":\"%s\",\"reason\":\"x\"}"
                .formatted(WANG, "a".repeat(64))))).isEqualTo(400);
        assertThat(status(post(tenant, path, "a", "TENANT_ADMIN", "{\"phone\":\"12345\",\"reason\":\"x\"}")))
                .isEqualTo(400);
        assertThat(status(post(tenant, path, "a", "TENANT_ADMIN", "{\"phoneHash\":\"XYZ\",\"reason\":\"x\"}")))
                .isEqualTo(400);
        assertThat(status(post(tenant, path, "a", "TENANT_ADMIN", "{\"phone\":\"%s\"}".formatted(WANG))))
                .isEqualTo(400);
        assertThat(status(post(tenant, path, "a", "TENANT_ADMIN", "{\"phone\":\"%s\",\"reason\":\"客户%s要求\"}"
                .formatted(WANG, WANG)))).as("a full number in the reason (ID-4)").isEqualTo(422);
        assertThat(status(post(tenant, path, "a", "TENANT_ADMIN", "[1,2"))).isEqualTo(400);
        assertThat(status(post(tenant, "/api/v1/tenants/" + "t".repeat(65) + "/erasures", "a", "TENANT_ADMIN",
                "{\"phone\":\"%s\",\"reason\":\"x\"}".formatted(WANG)))).as("an over-long tenant id").isEqualTo(400);
        assertThat(status(post(tenant, "/api/v1/tenants/other/erasures", "a", "TENANT_ADMIN",
                "{\"phone\":\"%s\",\"reason\":\"x\"}".formatted(WANG)))).as("another tenant").isEqualTo(403);
        assertThat(status(post(tenant, path, "a", "SITE_MANAGER", "{\"phone\":\"%s\",\"reason\":\"x\"}".formatted(WANG))))
                .isEqualTo(403);
        ResponseEntity<Map> problem = post(tenant, path, "a", "TENANT_ADMIN", "{\"reason\":\"x\"}");
        assertThat(problem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(String.valueOf(problem.getBody())).doesNotContain(WANG);
        assertThat(jdbc.queryForObject("select count(*) from erasure_request where tenant_id = ?", Long.class, tenant))
                .isZero();
        String retention = "/api/v1/tenants/" + tenant + "/retention";
        assertThat(status(put(tenant, retention, "TENANT_ADMIN", "{\"fullNumberDays\":0}"))).isEqualTo(400);
        assertThat(status(put(tenant, retention, "TENANT_ADMIN", "{}"))).isEqualTo(400);
        assertThat(status(put(tenant, retention, "TENANT_ADMIN", "{\"fullNumberDays\":\"soon\"}"))).isEqualTo(400);
        assertThat(status(put(tenant, retention, "FINANCE", "{\"fullNumberDays\":30}"))).isEqualTo(403);
    }

    @Test
    void theRetentionPeriodErasesNumbersNoFactNamedForThatLongAndRecordsItAsRetention() {
        String tenant = "t-retain-" + Ids.newId().substring(0, 8);
        String project = project(tenant);
        Instant at = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        setRotation(tenant, project, LocalDate.ofInstant(at, ZONE));
        for (String phone : List.of(LI, ZHAO)) {
            assertThat(status(post(tenant, "/api/v1/visits", "cs-a", "CONSULTANT", """
                    {"projectId":"%s","kind":"CLIENT","clientSurname":"李","clientPhone":"%s","visitedAt":"%s",
                     "consultantId":"cs-a"}""".formatted(project, phone, at)))).isEqualTo(201);
        }
        ResponseEntity<Map> set = put(tenant, "/api/v1/tenants/" + tenant + "/retention", "TENANT_ADMIN",
                "{\"fullNumberDays\":30}");
        assertThat(set.getStatusCode().value()).isEqualTo(200);
        assertThat(set.getBody()).containsEntry("fullNumberDays", 30).containsEntry("tenantId", tenant);
        // LI was last named 31 days ago (the visit's recording time, moved back as time would have moved on)
        jdbc.update("update client_contact set last_seen_at = now() - interval '31 days' where tenant_id = ? "
                + "and masked_phone = '139****2046'", tenant);

        retentionJob.eraseDue(Instant.now());

        assertThat(jdbc.queryForList("select masked_phone from client_contact where tenant_id = ?", String.class,
                tenant)).containsExactly("186****0417");
        assertThat(jdbc.queryForMap("select requested_by, trigger, masked_phone, projects from erasure_request "
                + "where tenant_id = ?", tenant)).containsEntry("requested_by", "retention")
                .containsEntry("trigger", "RETENTION").containsEntry("masked_phone", "139****2046")
                .containsEntry("projects", project);
        retentionJob.eraseDue(Instant.now());
        assertThat(jdbc.queryForObject("select count(*) from erasure_request where tenant_id = ?", Long.class, tenant))
                .as("a second run finds nothing more").isEqualTo(1);
    }

    /** The tables of this database with a row whose text holds {@code phone}. */
    private List<String> holding(String phone) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' order by 1", String.class);
        return tables.stream().filter(table -> jdbc.queryForObject("select count(*) from \"" + table + "\" t "
                + "where t::text like ?", Long.class, "%" + phone + "%") > 0).toList();
    }

    private String storedPayloads() {
        return String.join("\n", jdbc.query("select payload from domain_event_entry",
                (rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)));
    }

    private List<ConsumerRecord<String, byte[]>> erasures(String erasureId, int expected) {
        try (TopicReader reader = new TopicReader(RealInfrastructure.shared().kafkaBootstrapServers(),
                Topics.VISIT_EVENTS.name())) {
            List<ConsumerRecord<String, byte[]>> all = reader.readUntil(read -> of(read, erasureId).size() >= expected,
                    Duration.ofSeconds(30));
            for (ConsumerRecord<String, byte[]> record : all) {
                PersonalData.assertNoFullPhoneNumbers(record.value());
            }
            return of(all, erasureId);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> of(List<ConsumerRecord<String, byte[]>> records, String id) {
        return records.stream().filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(id)).toList();
    }

    private String project(String tenant) {
        String project = "p-" + Ids.newId();
        MasterDataSeed.project(jdbc, tenant, project);
        return project;
    }

    private void setRotation(String tenant, String project, LocalDate day) {
        assertThat(status(put(tenant, "/api/v1/projects/" + project + "/rotation/" + day, "SITE_MANAGER",
                "{\"consultants\":[\"cs-a\",\"cs-b\"]}"))).isEqualTo(200);
    }

    private static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }

    private ResponseEntity<Map> post(String tenant, String path, String actor, String role, String body) {
        return http.postForEntity(path, new HttpEntity<>(body, headers(tenant, actor, role)), Map.class);
    }

    private ResponseEntity<Map> put(String tenant, String path, String role, String body) {
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers(tenant, "admin-" + role, role)),
                Map.class);
    }

    private ResponseEntity<Map> get(String tenant, String path, String role) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(tenant, "reader", role)), Map.class);
    }

    private static HttpHeaders headers(String tenant, String actor, String role) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestTokens.shared().token(actor, tenant, role).sign());
        return headers;
    }
}
