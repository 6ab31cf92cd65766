package com.baobei.commission.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.testing.MasterDataSeed;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Issue 12: what a hostile tester sent to the commission service, against a real PostgreSQL and broker. Each refusal
 * is problem+json naming the field, and nothing is stored or published; a fine stored before these checks no longer
 * makes its channel's statement a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputsIT {

    static final String TENANT = "t12";
    static final String CHANNEL = "ch-12";
    static final TestTokens TOKENS = TestTokens.shared();
    static final String FINANCE = TOKENS.of("FINANCE", TENANT);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    String project;

    @BeforeAll
    void masterData() {
        project = "p" + UUID.randomUUID().toString().substring(0, 8);
        MasterDataSeed.into(jdbc, bootstrap).project(TENANT, project, true).channel(TENANT, CHANNEL, "a-7").publish();
        ResponseEntity<JsonNode> put = exchange(HttpMethod.PUT, agreementPath(), """
                {"versions":[{"effectiveFrom":"2024-01-01","tiers":[{"from":"1","ratePercent":"1.0"}]}]}""");
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void the_same_fine_id_with_another_amount_is_422_naming_fine_id_and_the_first_fine_stays() {
        String fineId = project + "-same";
        ResponseEntity<JsonNode> first = fine(fineId, "\"amount\":\"2000.00\",\"note\":\"迟到\"");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> again = fine(fineId, "\"amount\":\"2000.00\",\"note\":\"迟到\"");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).isEqualTo(first.getBody());

        ResponseEntity<JsonNode> other = fine(fineId, "\"amount\":\"9000.00\",\"note\":\"迟到\"");
        assertRefused(other, HttpStatus.UNPROCESSABLE_ENTITY, "fineId");
        assertThat(jdbc.queryForObject("select charges->0->>'amount' from fine where tenant_id = ? and fine_id = ?",
                String.class, TENANT, fineId)).isEqualTo("2000.00");
    }

    @Test
    void fines_of_1e308_30_digits_a_megabyte_note_or_a_phone_number_are_refused_and_nothing_stored() {
        long before = fines();
        assertRefused(fine(project + "-e", "\"amount\":1e308"), HttpStatus.BAD_REQUEST, "amount");
        assertRefused(fine(project + "-e2", "\"amount\":\"1e308\""), HttpStatus.BAD_REQUEST, "amount");
        assertRefused(fine(project + "-30", "\"amount\":123456789012345678901234567890"), HttpStatus.BAD_REQUEST,
                "amount");
        // a megabyte body is refused at the door by the input policy (ADR 0016); a note one past its limit by the ledger
        assertRefused(fine(project + "-big", "\"amount\":\"100.00\",\"note\":\"" + "x".repeat(1_000_000) + "\""),
                HttpStatus.PAYLOAD_TOO_LARGE, "body");
        assertRefused(fine(project + "-501", "\"amount\":\"100.00\",\"note\":\"" + "x".repeat(501) + "\""),
                HttpStatus.BAD_REQUEST, "note");
        assertRefused(fine(project + "-ph", "\"amount\":\"100.00\",\"note\":\"客户电话 １３９-1234-5678\""),
                HttpStatus.UNPROCESSABLE_ENTITY, "note");
        assertThat(fines()).isEqualTo(before);
    }

    @Test
    void a_fine_stored_before_the_limits_makes_issue_and_exports_422_naming_it_not_500() {
        String channel = CHANNEL;
        // as issue 12 left it: a row no request can write any more
        jdbc.update("""
                insert into fine (tenant_id, fine_id, project_id, channel_id, reason, offence_number, consequence,
                                  charges, recorded_at, recorded_by)
                values (?, 'legacy-huge', ?, ?, 'OTHER', 1, 'NONE', '[{"target":"CHANNEL","amount":"1e308"}]'::jsonb,
                        '2024-02-10T02:00:00Z', 'old-finance')""", TENANT, project, channel);
        String feb = TENANT + ":" + project + ":" + channel + ":2024-02-01";

        ResponseEntity<JsonNode> issued = exchange(HttpMethod.POST, "/api/v1/statements/" + feb + "/issue", null);
        assertRefused(issued, HttpStatus.UNPROCESSABLE_ENTITY, "charges[0].amount");
        // ADR 0032: a negative balance is carried forward, so that is the figure out of range, not the (zero) net payable
        assertThat(fields(issued)).contains("totals.fines", "totals.carriedForward");
        for (String format : List.of("csv", "xlsx")) {
            ResponseEntity<String> file = http.exchange("/api/v1/statements/" + feb + "/" + format, HttpMethod.GET,
                    new HttpEntity<>(headers()), String.class);
            assertThat(file.getStatusCode()).as(format).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(file.getBody()).as(format).contains("charges[0].amount", "legacy-huge");
        }
        // still readable, so finance sees what is wrong
        assertThat(exchange(HttpMethod.GET, "/api/v1/statements/" + feb, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertNothingIssued(feb);
    }

    @Test
    void a_statement_of_a_period_that_has_not_ended_is_not_issued() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String current = TENANT + ":" + project + ":" + CHANNEL + ":" + today.withDayOfMonth(1);
        ResponseEntity<JsonNode> issued = exchange(HttpMethod.POST, "/api/v1/statements/" + current + "/issue", null);
        assertRefused(issued, HttpStatus.UNPROCESSABLE_ENTITY, "period");
        assertNothingIssued(current);
    }

    @Test
    void dates_of_a_billion_years_are_400_or_404_never_500() {
        assertRefused(exchange(HttpMethod.GET, "/api/v1/statements?period=%2B999999999-12-31", null),
                HttpStatus.BAD_REQUEST, "period");
        assertRefused(exchange(HttpMethod.GET, "/api/v1/statements?period=-999999999-01-01", null),
                HttpStatus.BAD_REQUEST, "period");
        String far = TENANT + ":" + project + ":" + CHANNEL + ":+999999999-12-01";
        assertThat(exchange(HttpMethod.GET, "/api/v1/statements/" + far, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange(HttpMethod.POST, "/api/v1/statements/" + far + "/issue", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertNothingIssued(far);

        int revision = revision();
        assertRefused(exchange(HttpMethod.PUT, agreementPath(), """
                {"firstPeriodEnd":"+999999999-12-31","versions":[{"effectiveFrom":"+999999999-01-01",
                  "tiers":[{"from":"1","ratePercent":"1.0"}]}]}"""), HttpStatus.BAD_REQUEST,
                "versions[0].effectiveFrom");
        assertThat(revision()).isEqualTo(revision);
        assertRefused(exchange(HttpMethod.POST, "/api/v1/simulations", """
                {"projectId":"%s","channelId":"%s","deals":[{"amount":"1000000",
                  "subscribedAt":"+999999-01-05T02:00:00Z"}]}""".formatted(project, CHANNEL)),
                HttpStatus.BAD_REQUEST, "deals[0].subscribedAt");
    }

    @Test
    void agreements_with_hostile_lists_and_numbers_are_400_naming_each_field_and_nothing_stored() {
        int revision = revision();
        ResponseEntity<JsonNode> response = exchange(HttpMethod.PUT, agreementPath(), """
                {"versions":[{"effectiveFrom":"2024-01-01",
                  "tiers":[{"from":"1e308","ratePercent":"1.0"},null,{"from":"5","ratePercent":1e-30}],
                  "scope":{"unitTypesIn":["RESIDENTIAL",null],"unitIdsIn":["B1-*",null]}}, null]}""");
        assertRefused(response, HttpStatus.BAD_REQUEST, "versions[1]");
        ResponseEntity<JsonNode> nested = exchange(HttpMethod.PUT, agreementPath(), """
                {"versions":[{"effectiveFrom":"2024-01-01",
                  "tiers":[{"from":"1e308","ratePercent":"1.0"},null,{"from":"5","ratePercent":1e-30}],
                  "scope":{"unitTypesIn":["RESIDENTIAL",null],"unitIdsIn":["B1-*",null]}}]}""");
        assertRefused(nested, HttpStatus.BAD_REQUEST, "versions[0].tiers[0].from");
        assertThat(fields(nested)).contains("versions[0].tiers[1]", "versions[0].tiers[2].ratePercent",
                "versions[0].scope.unitTypesIn", "versions[0].scope.unitIdsIn[1]");
        assertRefused(exchange(HttpMethod.PUT, agreementPath(), """
                {"versions":[{"effectiveFrom":"2024-01-01","tiers":[{"from":"1","ratePercent":"100.5"}]}]}"""),
                HttpStatus.BAD_REQUEST, "versions[0].tiers[0].ratePercent");
        assertRefused(exchange(HttpMethod.PUT, agreementPath(), """
                {"versions":[{"effectiveFrom":"2024-01-01","tiers":[{"from":"1","ratePercent":"1"}],
                  "scope":{"unitIdsOut":["13812345678"]}}]}"""),
                HttpStatus.UNPROCESSABLE_ENTITY, "versions[0].scope.unitIdsOut[0]");
        assertThat(revision()).isEqualTo(revision);
    }

    @Test
    void simulations_with_hostile_numbers_and_lists_are_400_naming_the_field() {
        assertRefused(exchange(HttpMethod.POST, "/api/v1/simulations", """
                {"projectId":"%s","channelId":"%s","oneMoreDealAmount":1e308}""".formatted(project, CHANNEL)),
                HttpStatus.BAD_REQUEST, "oneMoreDealAmount");
        ResponseEntity<JsonNode> deals = exchange(HttpMethod.POST, "/api/v1/simulations", """
                {"projectId":"%s","channelId":"%s","deals":[null,{"amount":"123456789012345678901234567890",
                  "subscribedAt":"2024-01-05T02:00:00Z"}]}""".formatted(project, CHANNEL));
        assertRefused(deals, HttpStatus.BAD_REQUEST, "deals[0]");
    }

    // ---- helpers ----

    ResponseEntity<JsonNode> fine(String fineId, String more) {
        return exchange(HttpMethod.POST, "/api/v1/fines", """
                {"fineId":"%s","projectId":"%s","channelId":"%s","reasonCode":"OTHER",%s}"""
                .formatted(fineId, project, CHANNEL, more));
    }

    static void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(fields(response)).contains(field);
        assertThat(response.getBody().toString()).doesNotContain("Exception", "java.");
    }

    static List<String> fields(ResponseEntity<JsonNode> response) {
        List<String> fields = new ArrayList<>();
        response.getBody().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    void assertNothingIssued(String statementId) {
        assertThat(jdbc.queryForObject("select count(*) from statement where tenant_id = ? and statement_id = ?",
                Long.class, TENANT, statementId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox where tenant_id = ? and payload::text like ?",
                Long.class, TENANT, "%" + project + "%")).isZero();
    }

    long fines() {
        return jdbc.queryForObject("select count(*) from fine where tenant_id = ?", Long.class, TENANT);
    }

    int revision() {
        return jdbc.queryForObject("select revision from agreement where tenant_id = ? and project_id = ?",
                Integer.class, TENANT, project);
    }

    String agreementPath() {
        return "/api/v1/projects/" + project + "/channels/" + CHANNEL + "/agreement";
    }

    ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String body) {
        return http.exchange(path, method, new HttpEntity<>(body, headers()), JsonNode.class);
    }

    static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(FINANCE);
        return headers;
    }
}
