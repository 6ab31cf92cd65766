package com.baobei.visit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Ids;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.visit.testing.DisputeSeed;
import com.baobei.visit.testing.MasterDataSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
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
 * The visit service's rows of docs/security.md, against the running service with real signed tokens: every endpoint
 * as every role (allowed or 403), without a token, with an expired or a stranger's token (401), with a forged
 * {@code X-Role} beside a token of a role that may not (403), as the same role of another tenant (403 naming this
 * tenant, 404 for its records by id) and at another project (403). A refused request stores nothing: no event, no
 * number, no idempotent answer, no read log. Same context as {@link VisitPublishingIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = VisitPublishingIT.PROPERTIES)
@UsesRealInfrastructure
class AccessIT {

    static final String TENANT = VisitPublishingIT.TENANT;
    static final String OTHER_TENANT = "t-it-other";
    static final List<String> ROLES = List.of("CHANNEL_AGENT", "CHANNEL_MANAGER", "CONSULTANT", "SITE_MANAGER",
            "MARKETING_MANAGER", "FINANCE", "TENANT_ADMIN", "PARTNER");
    static final TestTokens TOKENS = TestTokens.shared();
    private static final AtomicInteger numbers = new AtomicInteger();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private String p1;
    private String p2;
    private LocalDate today;
    private Instant visitedAt;
    private boolean callRotaSet;

    /** How a request names its tenant, and so what the same role of another tenant must get. */
    enum Scope { BODY_TENANT, RECORD, PROJECT }

    /** One row of the matrix: who may, and a request on records that exist (made afresh when it changes them). */
    record Row(String name, Set<String> allowed, Scope scope, Supplier<Request> request) {
    }

    record Request(HttpMethod method, String path, String body) {
    }

    @BeforeEach
    void twoProjects() {
        p1 = "p1-" + Ids.newId();
        p2 = "p2-" + Ids.newId();
        // both developers know both projects (ADR 0014): the matrix, not the master data, decides here
        for (String tenant : List.of(TENANT, OTHER_TENANT)) {
            MasterDataSeed.project(jdbc, tenant, p1);
            MasterDataSeed.project(jdbc, tenant, p2);
        }
        visitedAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        today = LocalDate.ofInstant(visitedAt, VisitPublishingIT.ZONE);
        assertThat(send(siteManager(TENANT, p1), new Request(HttpMethod.PUT, rotation(p1), """
                {"consultants":["cs-1","cs-2"]}"""), null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows()) {
            for (String role : ROLES) {
                boolean allowed = row.allowed().contains(role);
                expect(mismatches, row, role + " at p1", token(role, TENANT, p1), row.request().get(),
                        allowed ? Set.of(200, 201) : Set.of(403));
                if (!allowed) {
                    continue;
                }
                Set<Integer> another = switch (row.scope()) {
                    case BODY_TENANT -> Set.of(403);
                    case RECORD -> Set.of(404);
                    // their own namesake project: no rotation of theirs there, or one they set themselves
                    case PROJECT -> Set.of(200, 201, 404);
                };
                expect(mismatches, row, role + " of another tenant", token(role, OTHER_TENANT, p1),
                        row.request().get(), another);
                if (role.equals("CONSULTANT") || role.equals("SITE_MANAGER")) {
                    expect(mismatches, row, role + " of another project", token(role, TENANT, p2),
                            row.request().get(), Set.of(403));
                }
            }
            expect(mismatches, row, "no token", null, row.request().get(), Set.of(401));
            expect(mismatches, row, "an expired token", TOKENS.token("sm-1", TENANT, "SITE_MANAGER", "CONSULTANT",
                    "MARKETING_MANAGER", "TENANT_ADMIN").expired().sign(), row.request().get(), Set.of(401));
            expect(mismatches, row, "a stranger's token", TOKENS.token("sm-1", TENANT, "SITE_MANAGER",
                    "MARKETING_MANAGER").signedByStranger().sign(), row.request().get(), Set.of(401));
            expect(mismatches, row, "another issuer's token", TOKENS.token("sm-1", TENANT, "SITE_MANAGER")
                    .issuer("http://elsewhere.invalid").sign(), row.request().get(), Set.of(401));
            expect(mismatches, row, "a forged X-Role beside a partner's token", TOKENS.of("PARTNER", TENANT),
                    row.request().get(), Set.of(403));
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aBodyNamingAnotherTenantIsRefusedAndStoresNothing() {
        Map<String, Long> before = stored();
        ResponseEntity<String> visit = send(consultant(TENANT, p1), new Request(HttpMethod.POST, "/api/v1/visits",
                visitBody(OTHER_TENANT, p1, phone())), "k-" + Ids.newId());
        assertThat(visit.getStatusCode().value()).isEqualTo(403);
        assertThat(visit.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(send(consultant(TENANT, p1), new Request(HttpMethod.POST, "/api/v1/purchases",
                purchaseBody(OTHER_TENANT, p1, "s-" + Ids.newId(), phone())), "k-" + Ids.newId())
                .getStatusCode().value()).isEqualTo(403);
        assertThat(send(siteManager(TENANT, p1), new Request(HttpMethod.PUT, rotation(p1) + "?tenantId=" + OTHER_TENANT,
                "{\"consultants\":[\"cs-9\"]}"), null).getStatusCode().value()).isEqualTo(403);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void twoTenantsKeepTheirOwnProjectP1AndPurchaseIds() {
        String purchaseId = "s-" + Ids.newId();
        String mine = phone();
        String theirs = phone();
        assertThat(send(consultant(TENANT, p1), new Request(HttpMethod.POST, "/api/v1/purchases",
                purchaseBody(TENANT, p1, purchaseId, mine)), null).getStatusCode().value()).isEqualTo(201);
        // the same purchase id and project name at another developer: another purchase, not a conflict
        assertThat(send(consultant(OTHER_TENANT, p1), new Request(HttpMethod.POST, "/api/v1/purchases",
                purchaseBody(null, p1, purchaseId, theirs)), null).getStatusCode().value()).isEqualTo(201);
        assertThat(json(send(consultant(OTHER_TENANT, p1), new Request(HttpMethod.GET, "/api/v1/purchases/"
                + purchaseId, null), null)).path("buyerPhone").asText()).isEqualTo(theirs);
        assertThat(json(send(consultant(TENANT, p1), new Request(HttpMethod.GET, "/api/v1/purchases/"
                + purchaseId, null), null)).path("buyerPhone").asText()).isEqualTo(mine);
        // the desk's list: its own tenant's purchase, masked numbers only
        String listed = send(consultant(TENANT, p1), new Request(HttpMethod.GET, "/api/v1/purchases?projectId=" + p1,
                null), null).getBody();
        assertThat(listed).contains(purchaseId, mine.substring(0, 3) + "****" + mine.substring(7))
                .doesNotContain(mine, theirs);
        assertThat(send(siteManager(OTHER_TENANT, p1), new Request(HttpMethod.PUT, rotation(p1),
                "{\"consultants\":[\"x-1\"]}"), null).getStatusCode().value()).isEqualTo(200);
        assertThat(json(send(consultant(TENANT, p1), new Request(HttpMethod.GET, rotation(p1), null), null))
                .path("queue").toString()).isEqualTo("[\"cs-1\",\"cs-2\"]");
        assertThat(json(send(consultant(OTHER_TENANT, p1), new Request(HttpMethod.GET, rotation(p1), null), null))
                .path("queue").toString()).isEqualTo("[\"x-1\"]");
    }

    @Test
    void everyAnswerWithAFullNumberIsLoggedAndARefusedReadIsNot() {
        String number = phone();
        String visitId = created(consultant(TENANT, p1), "/api/v1/visits", visitBody(TENANT, p1, number), "visitId");
        Request read = new Request(HttpMethod.GET, "/api/v1/visits/" + visitId, null);
        for (String refused : List.of(token("MARKETING_MANAGER", TENANT, p1), token("CONSULTANT", TENANT, p2),
                token("SITE_MANAGER", OTHER_TENANT, p1))) {
            assertThat(send(refused, read, null).getStatusCode().value()).isIn(403, 404);
        }
        assertThat(reads(visitId)).isZero();
        assertThat(json(send(TOKENS.office("CONSULTANT", "cs-1", TENANT, p1), read, null)).path("clientPhone")
                .asText()).isEqualTo(number);
        assertThat(json(send(TOKENS.office("SITE_MANAGER", "sm-1", TENANT), read, null)).path("clientPhone")
                .asText()).isEqualTo(number);
        assertThat(jdbc.queryForList("select read_by from contact_read where record_id = ? order by id", String.class,
                visitId)).containsExactly("cs-1", "sm-1");
        List<Map<String, Object>> rows = jdbc.queryForList("select * from contact_read where record_id = ?", visitId);
        assertThat(rows.toString()).doesNotContain(number);
    }

    @Test
    void theLevelOfARulingIsTheRoleInTheTokenAndItsRulerTheSubject() {
        String dispute = raisedDispute();
        JsonNode first = json(send(siteManager(TENANT, p1), new Request(HttpMethod.POST,
                "/api/v1/disputes/" + dispute + "/rulings", rulingBody(TENANT, p1)), null));
        assertThat(first.path("level").asText()).isEqualTo("SITE_MANAGER");
        assertThat(first.path("ruledBy").asText()).isEqualTo("sm-1");
        // a marketing manager whose token names other projects still rules at every project of the tenant
        JsonNode escalated = json(send(TOKENS.token("mkt-1", TENANT, "MARKETING_MANAGER").projects(p2).sign(),
                new Request(HttpMethod.POST, "/api/v1/disputes/" + dispute + "/rulings", rulingBody(null, p1)), null));
        assertThat(escalated.path("level").asText()).isEqualTo("MARKETING_MANAGER");
        assertThat(escalated.path("ruledBy").asText()).isEqualTo("mkt-1");
        // a site manager of p2 naming p2 in the body does not reach p1's dispute
        assertThat(send(siteManager(TENANT, p2), new Request(HttpMethod.POST, "/api/v1/disputes/" + dispute
                + "/rulings", rulingBody(TENANT, p2)), null).getStatusCode().value()).isEqualTo(403);
        assertThat(send(TOKENS.of("TENANT_ADMIN", OTHER_TENANT), new Request(HttpMethod.GET, "/api/v1/disputes/"
                + dispute + "/rulings", null), null).getStatusCode().value()).isEqualTo(404);
        assertThat(json(send(TOKENS.of("TENANT_ADMIN", TENANT), new Request(HttpMethod.GET, "/api/v1/disputes/"
                + dispute + "/rulings", null), null))).hasSize(2);
    }

    @Test
    void aSubjectThatCannotBeRecordedIsRefused() {
        Map<String, Long> before = stored();
        String phoneSubject = TOKENS.office("CONSULTANT", "13812345678", TENANT);
        assertThat(send(phoneSubject, new Request(HttpMethod.POST, "/api/v1/visits", visitBody(TENANT, p1, phone())),
                null).getStatusCode().value()).isEqualTo(403);
        assertThat(stored()).isEqualTo(before);
    }

    private List<Row> rows() {
        Set<String> desk = Set.of("CONSULTANT", "SITE_MANAGER");
        String visitId = created(consultant(TENANT, p1), "/api/v1/visits", visitBody(TENANT, p1, phone()), "visitId");
        String purchaseId = created(consultant(TENANT, p1), "/api/v1/purchases",
                purchaseBody(TENANT, p1, null, phone()), "purchaseId");
        String dispute = ruledDispute();
        return List.of(
                new Row("POST /api/v1/visits", desk, Scope.BODY_TENANT,
                        () -> new Request(HttpMethod.POST, "/api/v1/visits", visitBody(TENANT, p1, phone()))),
                new Row("POST /api/v1/visits/{visitId}/form", desk, Scope.RECORD,
                        () -> new Request(HttpMethod.POST, "/api/v1/visits/" + pendingVisit() + "/form",
                                "{\"consultantSignature\":\"sig/cs.png\"}")),
                new Row("GET /api/v1/visits/{visitId}", desk, Scope.RECORD,
                        () -> new Request(HttpMethod.GET, "/api/v1/visits/" + visitId, null)),
                new Row("POST /api/v1/purchases", desk, Scope.BODY_TENANT,
                        () -> new Request(HttpMethod.POST, "/api/v1/purchases", purchaseBody(TENANT, p1, null, phone()))),
                new Row("POST /api/v1/purchases/{purchaseId}/cancellation", desk, Scope.RECORD,
                        () -> new Request(HttpMethod.POST, "/api/v1/purchases/" + created(consultant(TENANT, p1),
                                "/api/v1/purchases", purchaseBody(TENANT, p1, null, phone()), "purchaseId")
                                + "/cancellation", "{\"reason\":\"退订\"}")),
                new Row("GET /api/v1/purchases/{purchaseId}", desk, Scope.RECORD,
                        () -> new Request(HttpMethod.GET, "/api/v1/purchases/" + purchaseId, null)),
                new Row("POST /api/v1/disputes/{disputeId}/rulings", Set.of("SITE_MANAGER", "MARKETING_MANAGER"),
                        Scope.BODY_TENANT, () -> new Request(HttpMethod.POST, "/api/v1/disputes/" + ruledDispute()
                        + "/rulings", rulingBody(TENANT, p1))),
                new Row("GET /api/v1/disputes/{disputeId}/rulings",
                        Set.of("CONSULTANT", "SITE_MANAGER", "MARKETING_MANAGER", "TENANT_ADMIN"), Scope.RECORD,
                        () -> new Request(HttpMethod.GET, "/api/v1/disputes/" + dispute + "/rulings", null)),
                new Row("PUT /api/v1/projects/{projectId}/rotation/{date}", Set.of("SITE_MANAGER"), Scope.PROJECT,
                        () -> new Request(HttpMethod.PUT, rotation(p1), "{\"consultants\":[\"cs-1\",\"cs-2\"]}")),
                new Row("GET /api/v1/projects/{projectId}/rotation/{date}", desk, Scope.PROJECT,
                        () -> new Request(HttpMethod.GET, rotation(p1), null)),
                new Row("POST /api/v1/projects/{projectId}/rotation/{date}/declined", desk, Scope.PROJECT,
                        () -> new Request(HttpMethod.POST, rotation(p1) + "/declined", "{}")),
                new Row("PUT /api/v1/projects/{projectId}/call-rota/{date}", Set.of("SITE_MANAGER"), Scope.PROJECT,
                        () -> new Request(HttpMethod.PUT, "/api/v1/projects/" + p1 + "/call-rota/" + today,
                                "{\"agencies\":[\"shilian\",\"weiye\"]}")),
                new Row("POST /api/v1/projects/{projectId}/calls", desk, Scope.PROJECT, () -> {
                    callRotas();
                    return new Request(HttpMethod.POST, "/api/v1/projects/" + p1 + "/calls", """
                            {"calledAt":"%s","callerSurname":"王","callerPhone":"%s"}""".formatted(visitedAt, phone()));
                }),
                new Row("PUT /api/v1/projects/{projectId}/routing", Set.of("SITE_MANAGER"), Scope.PROJECT,
                        () -> new Request(HttpMethod.PUT, "/api/v1/projects/" + p1 + "/routing",
                                "{\"routes\":[{\"channelId\":\"ch-1\",\"agencies\":[\"shilian\"]}]}")),
                new Row("GET /api/v1/purchases", desk, Scope.PROJECT,
                        () -> new Request(HttpMethod.GET, "/api/v1/purchases?projectId=" + p1, null)),
                // PIPL (ADR 0033): the path names the tenant, so the same role of another tenant gets 403
                new Row("POST /api/v1/tenants/{tenantId}/erasures", Set.of("TENANT_ADMIN"), Scope.BODY_TENANT,
                        () -> new Request(HttpMethod.POST, "/api/v1/tenants/" + TENANT + "/erasures",
                                "{\"phone\":\"%s\",\"reason\":\"本人申请删除\"}".formatted(phone()))),
                new Row("GET /api/v1/tenants/{tenantId}/erasures", Set.of("TENANT_ADMIN"), Scope.BODY_TENANT,
                        () -> new Request(HttpMethod.GET, "/api/v1/tenants/" + TENANT + "/erasures", null)),
                new Row("PUT /api/v1/tenants/{tenantId}/retention", Set.of("TENANT_ADMIN"), Scope.BODY_TENANT,
                        () -> new Request(HttpMethod.PUT, "/api/v1/tenants/" + TENANT + "/retention",
                                "{\"fullNumberDays\":36500}")));
    }

    /** ROT-3: both developers' p1 have a call rota from today, once, so a call finds the agency on duty. */
    private void callRotas() {
        if (callRotaSet) {
            return;
        }
        for (String tenant : List.of(TENANT, OTHER_TENANT)) {
            assertThat(send(siteManager(tenant, p1), new Request(HttpMethod.PUT, "/api/v1/projects/" + p1
                    + "/call-rota/" + today, "{\"agencies\":[\"shilian\",\"weiye\"]}"), null)
                    .getStatusCode().value()).isEqualTo(200);
        }
        callRotaSet = true;
    }

    /** Sends, and for an answer that should have refused also checks that nothing was stored. */
    private void expect(List<String> mismatches, Row row, String who, String token, Request request,
                        Set<Integer> expected) {
        boolean refusal = expected.stream().allMatch(status -> status >= 400);
        Map<String, Long> before = refusal ? stored() : null;
        ResponseEntity<String> answer = send(token, request, request.method() == HttpMethod.GET ? null
                : "k-" + Ids.newId());
        int status = answer.getStatusCode().value();
        if (!expected.contains(status)) {
            mismatches.add(row.name() + " as " + who + ": expected " + expected + ", got " + status + " "
                    + answer.getBody());
        } else if (refusal && !stored().equals(before)) {
            mismatches.add(row.name() + " as " + who + ": refused with " + status + " but stored something");
        } else if (status >= 400 && !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
                answer.getHeaders().getContentType())) {
            mismatches.add(row.name() + " as " + who + ": " + status + " not as problem+json");
        }
    }

    /** The token of a role at a project: office people limited to it, the marketing manager to no project at all. */
    private static String token(String role, String tenant, String project) {
        return switch (role) {
            case "CHANNEL_AGENT" -> TOKENS.agent(tenant, "ch-1", "ag-1");
            case "CHANNEL_MANAGER" -> TOKENS.channelManager(tenant, "ch-1");
            case "CONSULTANT", "SITE_MANAGER" -> TOKENS.office(role, role.equals("CONSULTANT") ? "cs-1" : "sm-1",
                    tenant, project);
            case "MARKETING_MANAGER" -> TOKENS.token(tenant + ".mkt", tenant, role).projects("elsewhere").sign();
            default -> TOKENS.of(role, tenant);
        };
    }

    private static String consultant(String tenant, String project) {
        return token("CONSULTANT", tenant, project);
    }

    private static String siteManager(String tenant, String project) {
        return token("SITE_MANAGER", tenant, project);
    }

    private ResponseEntity<String> send(String token, Request request, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        // identity headers mean nothing: every request carries a forged one
        headers.set("X-Role", "SITE_MANAGER");
        headers.set("X-Actor", "sm-forged");
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.exchange(request.path(), request.method(), new HttpEntity<>(request.body(), headers),
                String.class);
    }

    private String created(String token, String path, String body, String idField) {
        ResponseEntity<String> answer = send(token, new Request(HttpMethod.POST, path, body), null);
        assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(201);
        return json(answer).path(idField).asText();
    }

    /** A channel-brought visit whose form waits for the consultant's signature. */
    private String pendingVisit() {
        return created(siteManager(TENANT, p1), "/api/v1/visits", """
                {"tenantId":"%s","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s","consultantId":"cs-1","registrationId":"reg-%s",
                 "form":{"agentSignature":"sig/agent.png"}}""".formatted(TENANT, p1, phone(), visitedAt,
                com.baobei.contracts.Ids.newId()), "visitId");
    }

    /** A dispute the site manager has ruled on once, so either level may rule next. */
    private String ruledDispute() {
        String dispute = raisedDispute();
        assertThat(send(siteManager(TENANT, p1), new Request(HttpMethod.POST, "/api/v1/disputes/" + dispute
                + "/rulings", rulingBody(TENANT, p1)), null).getStatusCode().value()).isEqualTo(201);
        return dispute;
    }

    /** A dispute a channel raised at p1 about the client {@link #rulingBody} names (ADR 0020). */
    private String raisedDispute() {
        String dispute = "dsp-" + Ids.newId();
        DisputeSeed.raise(jdbc, TENANT, p1, dispute, "ch-1", "137****0222");
        return dispute;
    }

    private String visitBody(String tenant, String project, String phone) {
        return """
                {"tenantId":"%s","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s","consultantId":"cs-1"}""".formatted(tenant, project, phone, visitedAt);
    }

    private static String purchaseBody(String tenant, String project, String purchaseId, String phone) {
        return """
                {%s"projectId":"%s",%s"stage":"SUBSCRIPTION","unitId":"u-%d","unitType":"RESIDENTIAL",
                 "amount":"1000000.00","buyerSurname":"陈","buyerPhone":"%s","consultantId":"cs-1"}""".formatted(
                tenant == null ? "" : "\"tenantId\":\"" + tenant + "\",", project,
                purchaseId == null ? "" : "\"purchaseId\":\"" + purchaseId + "\",", numbers.incrementAndGet(), phone);
    }

    private static String rulingBody(String tenant, String project) {
        return """
                {%s"projectId":"%s","clientSurname":"林","maskedPhone":"137****0222","ownerKind":"CHANNEL",
                 "channelId":"ch-1","rationale":"报备在先"}""".formatted(
                tenant == null ? "" : "\"tenantId\":\"" + tenant + "\",", project);
    }

    private String rotation(String project) {
        return "/api/v1/projects/" + project + "/rotation/" + today;
    }

    private static String phone() {
        return "1370%07d".formatted(numbers.incrementAndGet() % 10_000_000);
    }

    private Map<String, Long> stored() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("domain_event_entry", "client_contact", "idempotent_request", "contact_read")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private long reads(String recordId) {
        return jdbc.queryForObject("select count(*) from contact_read where record_id = ?", Long.class, recordId);
    }

    private static JsonNode json(ResponseEntity<String> answer) {
        try {
            return new ObjectMapper().readTree(answer.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
