package com.baobei.attribution.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.support.LiveServiceTest;
import com.baobei.attribution.support.TestEvents;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.UnitType;
import com.baobei.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The attribution rows of the role matrix (docs/security.md), against the running service with real tokens: who
 * gets 401, 403, 404 or only their own, per endpoint, and that a refused write stores nothing. One project of one
 * tenant holds clients of two channels and of the office, a purchase and a dispute; another tenant has a project of
 * the same id with a client of the same channel id and phone.
 */
class AccessIT extends LiveServiceTest {

    private static final Instant DAY = Instant.parse("2025-03-03T01:00:00Z");
    private static final TestTokens TOKENS = TestTokens.shared();

    private static TestEvents tenant;
    private static TestEvents other;
    private static String unused;
    private static Map<String, String> roles;

    /** One endpoint of the service, called for project P of the tenant. */
    private record Call(String name, HttpMethod method, String path, String body) {
    }

    @BeforeEach
    void tenantsWithFoldedEvents() {
        if (tenant != null) {
            return;
        }
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestEvents t = new TestEvents("t-access-" + unique, "p1-" + unique);
        TestEvents o = new TestEvents("t-other-" + unique, "p1-" + unique);
        List<EventEnvelope> ofT = List.of(
                t.registered("r-a", "ch-a", "王", "138****5678", DAY),
                t.visited("v-a", "王", "138****5678", "r-a", DAY.plus(Duration.ofHours(2))),
                t.purchased("pu-a", UnitType.RESIDENTIAL, "1880000.00", "王", "138****5678", DAY.plus(Duration.ofDays(5))),
                t.registered("r-b", "ch-b", "李", "139****2046", DAY),
                t.visited("v-b", "李", "139****2046", "r-b", DAY.plus(Duration.ofHours(3))),
                t.visited("v-office", "赵", "137****1111", null, DAY.plus(Duration.ofHours(1))),
                t.disputed("d-office", "ch-a", "赵", "137****1111", null, DAY.plus(Duration.ofHours(2))));
        List<EventEnvelope> ofO = List.of(
                o.registered("r-a", "ch-a", "王", "138****5678", DAY),
                o.visited("v-a", "王", "138****5678", "r-a", DAY.plus(Duration.ofHours(2))));
        produce(ofT);
        produce(ofO);
        awaitFolded(t, ofT.size());
        awaitFolded(o, ofO.size());
        String p = t.project;
        Map<String, String> byRole = new LinkedHashMap<>();
        byRole.put("CHANNEL_AGENT", TOKENS.agent(t.tenant, "ch-a", "ag-ch-a"));
        byRole.put("CHANNEL_MANAGER", TOKENS.channelManager(t.tenant, "ch-a"));
        byRole.put("CONSULTANT", TOKENS.office("CONSULTANT", "cs-p1", t.tenant, p));
        byRole.put("SITE_MANAGER", TOKENS.office("SITE_MANAGER", "sm-p1", t.tenant, p));
        byRole.put("MARKETING_MANAGER", TOKENS.token("mm-1", t.tenant, "MARKETING_MANAGER").projects("elsewhere").sign());
        byRole.put("FINANCE", TOKENS.of("FINANCE", t.tenant));
        byRole.put("TENANT_ADMIN", TOKENS.of("TENANT_ADMIN", t.tenant));
        byRole.put("PARTNER", TOKENS.of("PARTNER", t.tenant));
        roles = byRole;
        unused = "p-unused-" + unique;
        defineProjects(t.tenant, unused, t.project);
        defineProjects(o.tenant, o.project);
        other = o;
        tenant = t;
    }

    /** Every endpoint of the service; the reads name records of ch-a's agent ag-ch-a, the policy write a project without events. */
    private List<Call> calls() {
        String p = tenant.project;
        return List.of(
                new Call("verdict", HttpMethod.GET, "/api/v1/registrations/" + tenant.id("r-a") + "/verdict", null),
                new Call("client", HttpMethod.GET, "/api/v1/projects/" + p + "/clients/" + tenant.clientKey("138****5678"), null),
                new Call("clients", HttpMethod.GET, "/api/v1/projects/" + p + "/clients?maskedPhone=138****5678", null),
                new Call("purchases", HttpMethod.GET, "/api/v1/projects/" + p + "/purchases", null),
                new Call("disputes", HttpMethod.GET, "/api/v1/projects/" + p + "/disputes", null),
                new Call("get policy", HttpMethod.GET, "/api/v1/projects/" + p + "/policy", null),
                new Call("put policy", HttpMethod.PUT, "/api/v1/projects/" + unused + "/policy",
                        "{\"effectiveFrom\":\"2025-01-01\",\"leadTimeMinutes\":45}"),
                new Call("simulation", HttpMethod.POST, "/api/v1/simulations", simulation(tenant)),
                // last: the tests above name calls by position
                new Call("claim", HttpMethod.GET, "/api/v1/projects/" + p + "/disputes/" + tenant.id("d-office") + "/claim",
                        null),
                new Call("presets", HttpMethod.GET, "/api/v1/policy-presets", null),
                new Call("verdicts", HttpMethod.GET, "/api/v1/projects/" + p + "/verdicts?ids=" + tenant.id("r-a")
                        + "," + tenant.id("r-b"), null),
                new Call("report", HttpMethod.GET, "/api/v1/projects/" + p + "/reports?from=2025-03-03&to=2025-03-10"
                        + "&per=period", null),
                new Call("preview", HttpMethod.POST, "/api/v1/projects/" + p + "/policy/preview",
                        "{\"effectiveFrom\":\"2025-01-01\",\"protectionDays\":3,\"renewalWindowDays\":1}"));
    }

    /** The matrix: the roles allowed per call (at project P, which the consultant's and site manager's tokens name). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("verdict", Set.of("CHANNEL_AGENT", "CHANNEL_MANAGER", "CONSULTANT", "SITE_MANAGER", "MARKETING_MANAGER", "TENANT_ADMIN")),
            Map.entry("client", Set.of("CHANNEL_AGENT", "CHANNEL_MANAGER", "CONSULTANT", "SITE_MANAGER", "MARKETING_MANAGER", "TENANT_ADMIN")),
            Map.entry("clients", Set.of("CHANNEL_AGENT", "CHANNEL_MANAGER", "CONSULTANT", "SITE_MANAGER", "MARKETING_MANAGER", "TENANT_ADMIN")),
            Map.entry("purchases", Set.of("CONSULTANT", "SITE_MANAGER", "MARKETING_MANAGER", "FINANCE", "TENANT_ADMIN")),
            Map.entry("disputes", Set.of("CONSULTANT", "SITE_MANAGER", "MARKETING_MANAGER", "TENANT_ADMIN")),
            Map.entry("claim", Set.of("CONSULTANT", "SITE_MANAGER", "MARKETING_MANAGER", "TENANT_ADMIN")),
            Map.entry("get policy", Set.of("CONSULTANT", "SITE_MANAGER", "MARKETING_MANAGER", "FINANCE", "TENANT_ADMIN")),
            Map.entry("put policy", Set.of("TENANT_ADMIN")),
            Map.entry("simulation", Set.of("SITE_MANAGER", "MARKETING_MANAGER", "TENANT_ADMIN")),
            Map.entry("presets", Set.of("SITE_MANAGER", "MARKETING_MANAGER", "TENANT_ADMIN")),
            Map.entry("verdicts", Set.of("CHANNEL_AGENT", "CHANNEL_MANAGER", "CONSULTANT", "SITE_MANAGER", "MARKETING_MANAGER", "TENANT_ADMIN")),
            Map.entry("report", Set.of("CHANNEL_AGENT", "CHANNEL_MANAGER", "CONSULTANT", "SITE_MANAGER", "MARKETING_MANAGER",
                    "FINANCE", "TENANT_ADMIN")),
            Map.entry("preview", Set.of("SITE_MANAGER", "MARKETING_MANAGER", "TENANT_ADMIN")));

    @Test
    void eachRoleIsAllowedOrRefusedAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (Call call : calls()) {
            for (Map.Entry<String, String> role : roles.entrySet()) {
                int expected = ALLOWED.get(call.name()).contains(role.getKey()) ? 200 : 403;
                ResponseEntity<String> answer = call(call, role.getValue(), Map.of());
                if (answer.getStatusCode().value() != expected) {
                    wrong.add(call.name() + " as " + role.getKey() + ": " + answer.getStatusCode().value() + " not " + expected
                            + " " + answer.getBody());
                } else if (expected == 403) {
                    assertProblem(answer, 403);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void withoutAValidTokenEveryEndpointAndTheApiDocumentAre401() {
        List<Call> all = new ArrayList<>(calls());
        all.add(new Call("api docs", HttpMethod.GET, "/v3/api-docs", null));
        String expired = TOKENS.token("admin", tenant.tenant, "TENANT_ADMIN").expired().sign();
        String stranger = TOKENS.token("admin", tenant.tenant, "TENANT_ADMIN").signedByStranger().sign();
        String otherIssuer = TOKENS.token("admin", tenant.tenant, "TENANT_ADMIN").issuer("http://elsewhere.invalid").sign();
        int policies = policyRows(tenant.tenant, unused);
        for (Call call : all) {
            for (String token : new String[] {null, expired, stranger, otherIssuer}) {
                ResponseEntity<String> answer = call(call, token, Map.of("X-Actor", "admin", "X-Role", "TENANT_ADMIN"));
                assertThat(answer.getStatusCode().value()).as(call.name()).isEqualTo(401);
                assertProblem(answer, 401);
                assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
            }
        }
        assertThat(policyRows(tenant.tenant, unused)).as("no refused policy write stored anything").isEqualTo(policies);
    }

    @Test
    void aForgedRoleHeaderCountsForNothing() {
        Map<String, String> forged = Map.of("X-Actor", "admin", "X-Role", "TENANT_ADMIN");
        int policies = policyRows(tenant.tenant, unused);
        for (Call call : calls()) {
            ResponseEntity<String> answer = call(call, roles.get("PARTNER"), forged);
            assertThat(answer.getStatusCode().value()).as(call.name()).isEqualTo(403);
        }
        assertThat(call(calls().get(6), roles.get("FINANCE"), forged).getStatusCode().value()).isEqualTo(403);
        assertThat(policyRows(tenant.tenant, unused)).as("no refused policy write stored anything").isEqualTo(policies);
    }

    @Test
    void aRefusedPolicyWriteStoresNothingAndAnAllowedOneStoresOneVersionOfTheCallersTenant() {
        Call put = calls().get(6);
        int policies = policyRows(tenant.tenant, unused);
        for (String role : List.of("CHANNEL_AGENT", "CHANNEL_MANAGER", "CONSULTANT", "SITE_MANAGER", "MARKETING_MANAGER",
                "FINANCE", "PARTNER")) {
            assertThat(call(put, roles.get(role), Map.of()).getStatusCode().value()).as(role).isEqualTo(403);
        }
        assertThat(policyRows(tenant.tenant, unused)).isEqualTo(policies);
        assertThat(call(put, roles.get("TENANT_ADMIN"), Map.of()).getStatusCode().value()).isEqualTo(200);
        assertThat(policyRows(tenant.tenant, unused)).isEqualTo(policies + 1);

        String otherAdmin = other.admin();
        Call putOther = new Call("put policy", HttpMethod.PUT, "/api/v1/projects/" + other.project + "/policy",
                "{\"effectiveFrom\":\"2025-01-01\",\"leadTimeMinutes\":45}");
        // the other tenant's admin names project p1: their own tenant's p1, not this tenant's
        assertThat(call(putOther, otherAdmin, Map.of()).getStatusCode().value()).isEqualTo(200);
        assertThat(policyRows(other.tenant, other.project)).isEqualTo(1);
        assertThat(policyRows(tenant.tenant, tenant.project)).isZero();
        JsonNode policyOfTenant = json(call(calls().get(5), roles.get("TENANT_ADMIN"), Map.of()));
        assertThat(policyOfTenant.path("versions")).hasSize(1);
    }

    @Test
    void officePeopleLimitedToOtherProjectsAreRefusedHereAndSeeNoRecordOfItById() {
        String consultant = TOKENS.office("CONSULTANT", "cs-p2", tenant.tenant, "p2");
        String siteManager = TOKENS.office("SITE_MANAGER", "sm-p2", tenant.tenant, "p2");
        for (Call call : calls()) {
            int forConsultant = call(call, consultant, Map.of()).getStatusCode().value();
            int forSiteManager = call(call, siteManager, Map.of()).getStatusCode().value();
            // a verdict is read by its id alone: outside the caller's projects it is not found
            int expected = call.name().equals("verdict") ? 404 : 403;
            assertThat(forConsultant).as("consultant: " + call.name()).isEqualTo(expected);
            // the presets are no project's: a site manager reads them wherever their projects are
            assertThat(forSiteManager).as("site manager: " + call.name())
                    .isEqualTo(call.name().equals("presets") ? 200 : expected);
        }
        // without a projects claim, every project of the tenant
        String everywhere = TOKENS.office("SITE_MANAGER", "sm-all", tenant.tenant);
        for (Call call : calls()) {
            int expected = call.name().equals("put policy") ? 403 : 200;
            assertThat(call(call, everywhere, Map.of()).getStatusCode().value()).as(call.name()).isEqualTo(expected);
        }
    }

    @Test
    void channelPeopleSeeTheirOwnVerdictsAndOnlyTheirOwnClients() {
        String agentA = roles.get("CHANNEL_AGENT");
        String otherAgentA = TOKENS.agent(tenant.tenant, "ch-a", "ag-other");
        String managerA = roles.get("CHANNEL_MANAGER");
        String managerB = TOKENS.channelManager(tenant.tenant, "ch-b");
        String verdictA = "/api/v1/registrations/" + tenant.id("r-a") + "/verdict";
        String verdictB = "/api/v1/registrations/" + tenant.id("r-b") + "/verdict";

        assertThat(json(get(verdictA, agentA)).path("verdict").path("agentId").asText()).isEqualTo("ag-ch-a");
        assertThat(get(verdictA, otherAgentA).getStatusCode().value()).as("another agent's registration").isEqualTo(404);
        assertThat(get(verdictA, managerA).getStatusCode().value()).isEqualTo(200);
        assertThat(get(verdictA, managerB).getStatusCode().value()).as("another channel's").isEqualTo(404);
        assertThat(get(verdictB, agentA).getStatusCode().value()).isEqualTo(404);
        assertThat(get(verdictB, managerB).getStatusCode().value()).isEqualTo(200);
        // many at once: the same rules, each verdict the caller may not see simply left out
        String both = "/api/v1/projects/" + tenant.project + "/verdicts?ids=" + tenant.id("r-a") + ","
                + tenant.id("r-b") + ",unknown";
        assertThat(registrationIds(get(both, agentA))).containsExactly(tenant.id("r-a"));
        assertThat(json(get(both, otherAgentA))).isEmpty();
        assertThat(registrationIds(get(both, managerB))).containsExactly(tenant.id("r-b"));
        assertThat(registrationIds(get(both, roles.get("TENANT_ADMIN"))))
                .containsExactlyInAnyOrder(tenant.id("r-a"), tenant.id("r-b"));
        assertThat(get("/api/v1/projects/" + tenant.project + "/verdicts?ids=", agentA).getStatusCode().value())
                .isEqualTo(400);
        assertThat(get("/api/v1/projects/" + tenant.project + "/verdicts?ids=a%20b", agentA).getStatusCode().value())
                .isEqualTo(400);

        String clientA = "/api/v1/projects/" + tenant.project + "/clients/" + tenant.clientKey("138****5678");
        String clientB = "/api/v1/projects/" + tenant.project + "/clients/" + tenant.clientKey("139****2046");
        String officeClient = "/api/v1/projects/" + tenant.project + "/clients/" + tenant.clientKey("137****1111");
        assertThat(json(get(clientA, agentA)).path("current").path("channelId").asText())
                .as("the client they brought").isEqualTo("ch-a");
        assertThat(get(clientA, otherAgentA).getStatusCode().value()).as("another agent's client").isEqualTo(404);
        assertThat(get(clientA, managerA).getStatusCode().value()).as("a client of their channel").isEqualTo(200);
        assertThat(get(clientA, managerB).getStatusCode().value()).isEqualTo(404);
        assertThat(get(clientB, agentA).getStatusCode().value()).isEqualTo(404);
        assertThat(get(clientB, managerB).getStatusCode().value()).isEqualTo(200);
        assertThat(get(officeClient, managerA).getStatusCode().value()).as("owned by the office").isEqualTo(404);
        assertThat(json(get(officeClient, roles.get("CONSULTANT"))).path("current").path("ownerKind").asText())
                .isEqualTo("OFFICE");

        String search = "/api/v1/projects/" + tenant.project + "/clients?maskedPhone=";
        assertThat(keys(get(search + "138****5678", managerA))).containsExactly(tenant.clientKey("138****5678"));
        assertThat(keys(get(search + "138****5678", managerB))).isEmpty();
        assertThat(keys(get(search + "139****2046", agentA))).isEmpty();
        assertThat(keys(get(search + "137****1111", managerA))).isEmpty();
        assertThat(keys(get(search + "137****1111", roles.get("TENANT_ADMIN")))).containsExactly(tenant.clientKey("137****1111"));
    }

    @Test
    void anotherTenantsCallerIsRefusedOnWritesNamingThisTenantAndSeesNothingOfIt() {
        String otherAdmin = other.admin();
        String otherManagerA = TOKENS.channelManager(other.tenant, "ch-a");
        // the dry run of this tenant's events
        ResponseEntity<String> simulated = call(calls().get(7), otherAdmin, Map.of());
        assertProblem(simulated, 403);
        assertThat(simulated.getBody()).contains("tenantId");

        assertThat(get("/api/v1/registrations/" + tenant.id("r-a") + "/verdict", otherAdmin).getStatusCode().value())
                .isEqualTo(404);
        assertThat(get("/api/v1/registrations/" + tenant.id("r-a") + "/verdict", otherManagerA).getStatusCode().value())
                .isEqualTo(404);
        String clientOfTenant = "/api/v1/projects/" + tenant.project + "/clients/" + tenant.clientKey("138****5678");
        assertThat(get(clientOfTenant, otherAdmin).getStatusCode().value()).isEqualTo(404);
        assertThat(get(clientOfTenant, otherManagerA).getStatusCode().value()).isEqualTo(404);
        // the same project id and phone in their own tenant: only their own client
        String search = "/api/v1/projects/" + tenant.project + "/clients?maskedPhone=138****5678";
        assertThat(keys(get(search, otherAdmin))).containsExactly(other.clientKey("138****5678"));
        assertThat(keys(get(search, otherManagerA))).containsExactly(other.clientKey("138****5678"));
        assertThat(json(get("/api/v1/projects/" + tenant.project + "/purchases", otherAdmin))).isEmpty();
        assertThat(json(get("/api/v1/projects/" + tenant.project + "/disputes", otherAdmin))).isEmpty();
        // while this tenant's admin sees this tenant's
        assertThat(json(get("/api/v1/projects/" + tenant.project + "/purchases", roles.get("TENANT_ADMIN")))).hasSize(1);
        assertThat(json(get("/api/v1/projects/" + tenant.project + "/disputes", roles.get("TENANT_ADMIN")))).hasSize(1);
        // a dispute's claim: another tenant's admin naming it gets 404; this tenant's reads what the channel said
        String claim = "/api/v1/projects/" + tenant.project + "/disputes/" + tenant.id("d-office") + "/claim";
        assertThat(get(claim, otherAdmin).getStatusCode().value()).isEqualTo(404);
        JsonNode said = json(get(claim, roles.get("TENANT_ADMIN")));
        assertThat(said.path("channelId").asText()).isEqualTo("ch-a");
        assertThat(said.path("evidenceRefs")).isNotEmpty();
        assertThat(said.path("statement").asText()).isNotBlank();
    }

    @Test
    void aSimulationIsOfTheCallersTenantAndOfASiteManagersProjects() {
        ObjectNode mixed = (ObjectNode) EventJson.mapper().createObjectNode();
        mixed.putArray("events").add(EventJson.mapper().valueToTree(tenant.registered("r-s", "ch-a", "王", "138****5678", DAY)));
        String siteManagerElsewhere = TOKENS.office("SITE_MANAGER", "sm-p2", tenant.tenant, "p2");
        ResponseEntity<String> elsewhere = call(new Call("simulation", HttpMethod.POST, "/api/v1/simulations",
                mixed.toString()), siteManagerElsewhere, Map.of());
        assertProblem(elsewhere, 403);
        assertThat(elsewhere.getBody()).contains("events[0].projectId");
        ResponseEntity<String> here = call(new Call("simulation", HttpMethod.POST, "/api/v1/simulations", mixed.toString()),
                roles.get("SITE_MANAGER"), Map.of());
        assertThat(here.getStatusCode().value()).isEqualTo(200);
        assertThat(json(here).path("verdicts")).hasSize(1);
    }

    @Test
    void theApiDocumentNamesTheBearerSchemeAnd401And403ForEveryOperation() {
        JsonNode api = json(get("/v3/api-docs", roles.get("PARTNER")));
        assertThat(api.path("components").path("securitySchemes").path("bearer-jwt").path("scheme").asText()).isEqualTo("bearer");
        assertThat(api.path("security").toString()).contains("bearer-jwt");
        List<String> operations = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            operations.add(operation.getKey() + " " + path.getKey());
            JsonNode responses = operation.getValue().path("responses");
            assertThat(responses.has("200")).as(operation.getKey() + " " + path.getKey()).isTrue();
            assertThat(responses.path("200").path("content").isEmpty()).as("200 of " + path.getKey()).isFalse();
            for (String status : List.of("401", "403")) {
                List<String> types = new ArrayList<>();
                responses.path(status).path("content").fieldNames().forEachRemaining(types::add);
                assertThat(types).as(status + " of " + operation.getKey() + " " + path.getKey())
                        .containsExactly("application/problem+json");
            }
            operation.getValue().path("parameters").forEach(parameter -> assertThat(parameter.path("name").asText())
                    .as("no identity headers, no caller parameter").isNotIn("X-Actor", "X-Role", "caller"));
        }));
        assertThat(operations).as("one call per operation above").hasSize(calls().size());
    }

    @Test
    void rpt1ReportsShowAnAgentTheirOwnRowsAChannelManagerTheirChannelsAndTheOfficeAll() {
        String period = "/api/v1/projects/" + tenant.project + "/reports?from=2025-03-03&to=2025-03-10&per=period";
        String agentA = roles.get("CHANNEL_AGENT");
        String managerA = roles.get("CHANNEL_MANAGER");

        JsonNode office = json(get(period, roles.get("TENANT_ADMIN")));
        assertThat(rows(office)).containsExactly("ch-a/", "ch-b/");
        assertThat(office.path(0).path("registrations").asInt()).isEqualTo(1);
        assertThat(office.path(0).path("visits").asInt()).as("REG-6's visited client").isEqualTo(1);
        assertThat(rows(json(get(period, managerA)))).containsExactly("ch-a/");
        assertThat(rows(json(get(period + "&by=agent", managerA)))).containsExactly("ch-a/ag-ch-a");
        assertThat(rows(json(get(period, agentA)))).as("an agent has no channel rows").isEmpty();
        assertThat(rows(json(get(period + "&by=agent", agentA)))).containsExactly("ch-a/ag-ch-a");
        assertThat(rows(json(get(period + "&by=agent", TOKENS.agent(tenant.tenant, "ch-a", "ag-other"))))).isEmpty();
        assertThat(rows(json(get(period, other.admin())))).as("their own namesake project: no ch-b there")
                .containsExactly("ch-a/");

        ResponseEntity<String> csv = get(period + "&format=csv", managerA);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(String.valueOf(csv.getHeaders().getContentType())).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("\uFEFF渠道 Channel").contains("ch-a,").doesNotContain("ch-b");

        ResponseEntity<byte[]> xlsx = http.exchange(period + "&format=xlsx", HttpMethod.GET,
                new HttpEntity<>(bearer(managerA)), byte[].class);
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(String.valueOf(xlsx.getHeaders().getContentType())).contains("spreadsheetml");
        assertThat(xlsx.getBody()).startsWith('P', 'K');

        ResponseEntity<String> badDay = get("/api/v1/projects/" + tenant.project + "/reports?from=yesterday", managerA);
        assertProblem(badDay, 400);
        assertThat(badDay.getBody()).contains("\"field\":\"from\"");
        assertProblem(get(period + "&by=office", managerA), 400);
    }

    @Test
    void aPolicyPreviewSaysWhatWouldChangeOnTheStoredEventsAndStoresNothing() {
        Call preview = calls().get(calls().size() - 1);
        int policies = policyRows(tenant.tenant, tenant.project);

        // VIS-4 protection of 3 days: 王's purchase on the fifth day after the visit would earn ch-a nothing
        JsonNode answer = json(call(preview, roles.get("SITE_MANAGER"), Map.of()));

        assertThat(answer.path("events").asInt()).isEqualTo(7);
        assertThat(answer.path("candidate").path("protectionDays").asInt()).isEqualTo(3);
        assertThat(answer.path("candidate").path("version").asInt()).as("the version it would become").isEqualTo(2);
        assertThat(answer.path("counts").path("PURCHASE").path("changed").asInt()).isEqualTo(1);
        JsonNode purchase = null;
        for (JsonNode change : answer.path("changes")) {
            if (change.path("kind").asText().equals("PURCHASE")) {
                purchase = change;
            }
        }
        assertThat(purchase).isNotNull();
        assertThat(purchase.path("before").path("channelId").asText()).isEqualTo("ch-a");
        assertThat(purchase.path("after").path("channelId").asText(null)).as(purchase.toString()).isNull();
        assertThat(purchase.path("after").path("ruleIds").toString()).as("the protection's end").contains("VIS-6");
        assertThat(purchase.path("after").path("ruleIds").toString()).contains("PUR-");
        assertThat(answer.toString()).as("no full number").doesNotContainPattern("1[3-9]\\d{9}");
        assertThat(policyRows(tenant.tenant, tenant.project)).as("a preview stores no version").isEqualTo(policies);

        ResponseEntity<String> bad = call(new Call("preview", HttpMethod.POST, preview.path(),
                "{\"effectiveFrom\":\"2025-01-01\",\"protectionDays\":-1}"), roles.get("TENANT_ADMIN"), Map.of());
        assertProblem(bad, 400);
        assertThat(bad.getBody()).contains("protectionDays");
        assertProblem(call(new Call("preview", HttpMethod.POST, preview.path(), "{\"protectionDays\":3}"),
                roles.get("TENANT_ADMIN"), Map.of()), 400);
        assertProblem(call(new Call("preview", HttpMethod.POST, "/api/v1/projects/nowhere/policy/preview",
                preview.body()), roles.get("TENANT_ADMIN"), Map.of()), 422);
    }

    private static List<String> rows(JsonNode report) {
        List<String> rows = new ArrayList<>();
        report.forEach(row -> rows.add(row.path("channelId").asText() + "/" + row.path("agentId").asText("")));
        return rows;
    }

    private static String simulation(TestEvents p) {
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.putArray("events").add(EventJson.mapper().valueToTree(p.registered("r-sim", "ch-a", "王", "138****5678", DAY)));
        return body.toString();
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    private ResponseEntity<String> get(String path, String token) {
        return call(new Call("get", HttpMethod.GET, path, null), token, Map.of());
    }

    private ResponseEntity<String> call(Call call, String token, Map<String, String> extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        extraHeaders.forEach(headers::add);
        if (call.body() != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(call.path(), call.method(), new HttpEntity<>(call.body(), headers), String.class);
    }

    private int policyRows(String tenantId, String projectId) {
        return jdbc.queryForObject("select count(*) from project_policy where tenant_id = ? and project_id = ?",
                Integer.class, tenantId, projectId);
    }

    private static JsonNode json(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        try {
            return EventJson.mapper().readTree(answer.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + answer.getBody(), e);
        }
    }

    private static List<String> keys(ResponseEntity<String> answer) {
        List<String> keys = new ArrayList<>();
        json(answer).forEach(client -> keys.add(client.path("clientKey").asText()));
        return keys;
    }

    private static void assertProblem(ResponseEntity<String> answer, int status) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(String.valueOf(answer.getHeaders().getContentType())).startsWith("application/problem+json");
        assertThat(answer.getBody()).contains("\"status\":" + status);
    }

    private static List<String> registrationIds(ResponseEntity<String> answer) {
        List<String> ids = new ArrayList<>();
        json(answer).forEach(verdict -> ids.add(verdict.path("registrationId").asText()));
        return ids;
    }
}
