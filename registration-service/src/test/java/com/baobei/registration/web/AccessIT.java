package com.baobei.registration.web;

import com.baobei.contracts.Ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.registration.testing.MasterDataSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The registration rows of docs/security.md against the running service with real signed tokens: every endpoint
 * without a token, with an expired or a stranger's token, as every role, as a caller of another tenant, another
 * channel, another agent and another project. Every request also carries forged identity headers, which must
 * change nothing; a refused write stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIT {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger PHONES = new AtomicInteger();

    // Two developers who both have project p1 and channel c1 with agent a1.
    private final String north = "north-" + UUID.randomUUID().toString().substring(0, 8);
    private final String south = "south-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String P1 = "p1";
    private static final String P2 = "p2";

    private final String agentA1 = TOKENS.agent(north, "c1", "a1");
    private final String agentA2 = TOKENS.agent(north, "c1", "a2");
    private final String agentB1 = TOKENS.agent(north, "c2", "b1");
    private final String managerC1 = TOKENS.channelManager(north, "c1");
    private final String managerC2 = TOKENS.channelManager(north, "c2");
    private final String consultantP1 = TOKENS.office("CONSULTANT", "cons-p1", north, P1);
    private final String consultantP2 = TOKENS.office("CONSULTANT", "cons-p2", north, P2);
    private final String siteManagerP1 = TOKENS.office("SITE_MANAGER", "sm-p1", north, P1);
    private final String siteManagerAll = TOKENS.office("SITE_MANAGER", "sm-all", north);
    private final String marketing = TOKENS.of("MARKETING_MANAGER", north);
    private final String finance = TOKENS.of("FINANCE", north);
    private final String admin = TOKENS.of("TENANT_ADMIN", north);
    private final String partner = TOKENS.of("PARTNER", north);
    private final String southAgentA1 = TOKENS.agent(south, "c1", "a1");
    private final String southAdmin = TOKENS.of("TENANT_ADMIN", south);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private String mine;        // north p1 c1 a1
    private String sameChannel; // north p1 c1 a2
    private String otherChannel; // north p1 c2 b1
    private String otherProject; // north p2 c1 a1
    private String southMine;   // south p1 c1 a1: the same ids, another developer

    @BeforeAll
    void registrations() {
        // the master data these registrations name (ADR 0014), for both developers
        MasterDataSeed.tenant(http.getRootUri(), north).projects(P1, P2).channel("c1", "AGENCY", "a1", "a2")
                .channel("c2", "AGENCY", "b1");
        MasterDataSeed.tenant(http.getRootUri(), south).projects(P1).channel("c1", "AGENCY", "a1");
        mine = created(post("/api/v1/registrations", agentA1, registration(north, P1, "c1", "a1")));
        sameChannel = created(post("/api/v1/registrations", agentA2, registration(north, P1, "c1", "a2")));
        otherChannel = created(post("/api/v1/registrations", agentB1, registration(north, P1, "c2", "b1")));
        otherProject = created(post("/api/v1/registrations", agentA1, registration(north, P2, "c1", "a1")));
        southMine = created(post("/api/v1/registrations", southAgentA1, registration(south, P1, "c1", "a1")));
    }

    @Test
    void withoutAValidTokenEveryEndpointIs401() {
        String expired = TOKENS.token("a1", north, "CHANNEL_AGENT").channel("c1").agent("a1").expired().sign();
        String stranger = TOKENS.token("a1", north, "TENANT_ADMIN").signedByStranger().sign();
        String otherIssuer = TOKENS.token("a1", north, "TENANT_ADMIN").issuer("http://elsewhere.invalid").sign();
        for (String token : new String[] {null, expired, stranger, otherIssuer, "not-a-jwt"}) {
            long stored = storedEvents();
            assertThat(post("/api/v1/registrations", token, registration(north, P1, "c1", "a1")).getStatusCode()
                    .value()).isEqualTo(401);
            assertThat(get("/api/v1/registrations/" + mine, token).getStatusCode().value()).isEqualTo(401);
            assertThat(get("/api/v1/registrations?projectId=p1&channelId=c1", token).getStatusCode().value())
                    .isEqualTo(401);
            assertThat(post("/api/v1/registrations/imports", token, importOf(north)).getStatusCode().value())
                    .isEqualTo(401);
            assertThat(postCsv("tenantId=" + north + "&projectId=p1", token).getStatusCode().value()).isEqualTo(401);
            assertThat(post("/api/v1/disputes", token, dispute(north, "c1", "a1", mine)).getStatusCode().value())
                    .isEqualTo(401);
            assertThat(storedEvents()).isEqualTo(stored);
        }
        ResponseEntity<String> refused = get("/api/v1/registrations/" + mine, null);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void onlyAChannelAgentRegistersAndOnlyAsTheTokenSays() {
        Map<String, String> refusedRoles = roles(managerC1, consultantP1, siteManagerAll, marketing, finance, admin,
                partner);
        refusedRoles.forEach((role, token) -> refusedAndNothingStored(role,
                () -> post("/api/v1/registrations", token, registration(north, P1, "c1", "a1"))));
        refusedAndNothingStored("another channel",
                () -> post("/api/v1/registrations", agentA1, registration(north, P1, "c2", "a1")));
        refusedAndNothingStored("another agent",
                () -> post("/api/v1/registrations", agentA1, registration(north, P1, "c1", "a2")));
        refusedAndNothingStored("another tenant",
                () -> post("/api/v1/registrations", southAgentA1, registration(north, P1, "c1", "a1")));

        ResponseEntity<String> allowed = post("/api/v1/registrations", agentA1, registration(north, P1, "c1", "a1"));
        assertThat(allowed.getStatusCode().value()).isEqualTo(201);
        assertThat(body(allowed).path("tenantId").asText()).isEqualTo(north);
    }

    @Test
    void oneRegistrationIsReadOnlyWithinItsScope() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("agent a1 (own)", status(get("/api/v1/registrations/" + mine, agentA1)));
        expected.put("manager c1 (own channel)", status(get("/api/v1/registrations/" + mine, managerC1)));
        expected.put("consultant p1", status(get("/api/v1/registrations/" + mine, consultantP1)));
        expected.put("site manager p1", status(get("/api/v1/registrations/" + mine, siteManagerP1)));
        expected.put("site manager of all projects", status(get("/api/v1/registrations/" + mine, siteManagerAll)));
        expected.put("marketing manager", status(get("/api/v1/registrations/" + mine, marketing)));
        expected.put("tenant admin", status(get("/api/v1/registrations/" + mine, admin)));
        expected.put("finance", status(get("/api/v1/registrations/" + mine, finance)));
        expected.put("partner", status(get("/api/v1/registrations/" + mine, partner)));
        expected.put("agent a2 of the same channel", status(get("/api/v1/registrations/" + mine, agentA2)));
        expected.put("agent b1 of another channel", status(get("/api/v1/registrations/" + mine, agentB1)));
        expected.put("manager c2", status(get("/api/v1/registrations/" + mine, managerC2)));
        expected.put("consultant p2", status(get("/api/v1/registrations/" + mine, consultantP2)));
        expected.put("another tenant's admin", status(get("/api/v1/registrations/" + mine, southAdmin)));
        expected.put("another tenant's a1 of c1", status(get("/api/v1/registrations/" + mine, southAgentA1)));
        expected.put("manager c1, a2's registration", status(get("/api/v1/registrations/" + sameChannel, managerC1)));
        expected.put("consultant p1, a p2 registration", status(get("/api/v1/registrations/" + otherProject,
                consultantP1)));
        expected.put("unknown id", status(get("/api/v1/registrations/" + Ids.newId(), admin)));

        assertThat(expected).containsExactly(
                Map.entry("agent a1 (own)", 200), Map.entry("manager c1 (own channel)", 200),
                Map.entry("consultant p1", 200), Map.entry("site manager p1", 200),
                Map.entry("site manager of all projects", 200), Map.entry("marketing manager", 200),
                Map.entry("tenant admin", 200), Map.entry("finance", 403), Map.entry("partner", 403),
                Map.entry("agent a2 of the same channel", 404), Map.entry("agent b1 of another channel", 404),
                Map.entry("manager c2", 404), Map.entry("consultant p2", 404),
                Map.entry("another tenant's admin", 404), Map.entry("another tenant's a1 of c1", 404),
                Map.entry("manager c1, a2's registration", 200), Map.entry("consultant p1, a p2 registration", 404),
                Map.entry("unknown id", 404));
        // the refusal repeats only the id that was asked for, nothing of the record
        assertThat(get("/api/v1/registrations/" + mine, southAdmin).getBody()).doesNotContain(north, "138****");
    }

    @Test
    void listsShowOnlyWhatTheCallerMaySee() {
        String c1 = "/api/v1/registrations?projectId=p1&channelId=c1";
        assertThat(ids(get(c1, agentA1))).contains(mine).doesNotContain(sameChannel, otherChannel, southMine);
        assertThat(ids(get("/api/v1/registrations?projectId=p1", agentA1))).contains(mine)
                .doesNotContain(sameChannel, otherChannel, southMine);
        assertThat(ids(get(c1, agentA2))).contains(sameChannel).doesNotContain(mine);
        assertThat(ids(get(c1, managerC1))).contains(mine, sameChannel).doesNotContain(otherChannel, southMine);
        assertThat(ids(get("/api/v1/registrations?projectId=p1&channelId=c2", agentB1))).contains(otherChannel)
                .doesNotContain(mine, sameChannel);
        assertThat(status(get(c1, agentB1))).isEqualTo(403);
        assertThat(status(get(c1, managerC2))).isEqualTo(403);

        assertThat(ids(get(c1, consultantP1))).contains(mine, sameChannel).doesNotContain(otherChannel, southMine);
        assertThat(ids(get("/api/v1/registrations?projectId=p1", consultantP1)))
                .contains(mine, sameChannel, otherChannel).doesNotContain(otherProject, southMine);
        assertThat(status(get(c1, consultantP2))).isEqualTo(403);
        assertThat(status(get("/api/v1/registrations?projectId=p1", consultantP2))).isEqualTo(403);
        assertThat(ids(get(c1, siteManagerP1))).contains(mine, sameChannel);
        assertThat(ids(get(c1, siteManagerAll))).contains(mine, sameChannel);
        assertThat(ids(get("/api/v1/registrations?projectId=p2", marketing))).contains(otherProject)
                .doesNotContain(mine);
        assertThat(ids(get("/api/v1/registrations?projectId=p1", admin)))
                .contains(mine, sameChannel, otherChannel).doesNotContain(otherProject, southMine);
        assertThat(status(get(c1, finance))).isEqualTo(403);
        assertThat(status(get(c1, partner))).isEqualTo(403);

        // another developer with the same project, channel and agent ids sees only their own
        assertThat(ids(get(c1, southAdmin))).contains(southMine).doesNotContain(mine, sameChannel);
        assertThat(ids(get(c1, southAgentA1))).containsExactly(southMine);
    }

    @Test
    void theDeskFindsARegistrationByItsShortCodeWithinWhatTheCallerMaySee() {
        String code = body(get("/api/v1/registrations/" + mine, agentA1)).path("shortCode").asText();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        String typed = code.toLowerCase(java.util.Locale.ROOT).replace("-", " ");
        assertThat(ids(get("/api/v1/registrations?projectId=p1&code=" + typed, consultantP1))).containsExactly(mine);
        assertThat(ids(get("/api/v1/registrations?projectId=p1&code=" + code, agentA1))).containsExactly(mine);
        assertThat(ids(get("/api/v1/registrations?projectId=p1&code=" + code, agentB1))).isEmpty();
        assertThat(ids(get("/api/v1/registrations?projectId=p2&code=" + code, marketing))).isEmpty();
        assertThat(ids(get("/api/v1/registrations?projectId=p1&code=" + code, southAdmin))).isEmpty();
        assertThat(status(get("/api/v1/registrations?projectId=p1&code=" + code, consultantP2))).isEqualTo(403);
        ResponseEntity<String> notACode = get("/api/v1/registrations?projectId=p1&code=UUUU-1234", consultantP1);
        assertThat(status(notACode)).isEqualTo(400);
        assertThat(notACode.getBody()).contains("code");
    }

    @Test
    void onlyTheTenantAdminImportsAndOnlyIntoTheirTenant() {
        roles(agentA1, managerC1, consultantP1, siteManagerAll, marketing, finance, partner).forEach((role, token) -> {
            refusedAndNothingStored(role + " JSON", () -> post("/api/v1/registrations/imports", token,
                    importOf(north)));
            refusedAndNothingStored(role + " CSV", () -> postCsv("tenantId=" + north + "&projectId=p1", token));
        });
        refusedAndNothingStored("another tenant, JSON", () -> post("/api/v1/registrations/imports", southAdmin,
                importOf(north)));
        refusedAndNothingStored("another tenant, CSV", () -> postCsv("tenantId=" + north + "&projectId=p1",
                southAdmin));

        ResponseEntity<String> json = post("/api/v1/registrations/imports", admin, importOf(north));
        assertThat(json.getStatusCode().value()).isEqualTo(201);
        String imported = body(json).path("registrationIds").path(0).asText();
        JsonNode read = body(get("/api/v1/registrations/" + imported, admin));
        assertThat(read.path("importedBy").asText()).isEqualTo(north + ".tenant_admin");
        assertThat(read.path("tenantId").asText()).isEqualTo(north);

        ResponseEntity<String> csv = postCsv("projectId=p1", admin);
        assertThat(csv.getStatusCode().value()).isEqualTo(201);
        String fromCsv = body(csv).path("registrationIds").path(0).asText();
        assertThat(body(get("/api/v1/registrations/" + fromCsv, admin)).path("tenantId").asText()).isEqualTo(north);
        assertThat(status(get("/api/v1/registrations/" + fromCsv, southAdmin))).isEqualTo(404);
    }

    @Test
    void channelPeopleDisputeOverTheirOwnRegistrationsOnly() {
        roles(consultantP1, siteManagerAll, marketing, finance, admin, partner).forEach((role, token) ->
                refusedAndNothingStored(role, () -> post("/api/v1/disputes", token, dispute(north, "c1", "a1", mine))));
        refusedAndNothingStored("another agent's registration",
                () -> post("/api/v1/disputes", agentA2, dispute(north, "c1", "a2", mine)));
        refusedAndNothingStored("in another agent's name",
                () -> post("/api/v1/disputes", agentA2, dispute(north, "c1", "a1", mine)));
        refusedAndNothingStored("another channel's registration",
                () -> post("/api/v1/disputes", agentB1, dispute(north, "c2", "b1", mine)));
        refusedAndNothingStored("another channel's manager",
                () -> post("/api/v1/disputes", managerC2, dispute(north, "c2", "b1", mine)));
        refusedAndNothingStored("another tenant",
                () -> post("/api/v1/disputes", southAgentA1, dispute(north, "c1", "a1", mine)));
        assertNothingStored("another tenant's registration", 404,
                () -> post("/api/v1/disputes", southAgentA1, dispute(south, "c1", "a1", mine)));
        assertNothingStored("an unknown registration", 404,
                () -> post("/api/v1/disputes", agentA1, dispute(north, "c1", "a1", Ids.newId())));
        assertNothingStored("a registration of another project", 400,
                () -> post("/api/v1/disputes", agentA1, dispute(north, "c1", "a1", otherProject)));

        assertThat(status(post("/api/v1/disputes", agentA1, dispute(north, "c1", "a1", mine)))).isEqualTo(201);
        assertThat(status(post("/api/v1/disputes", managerC1, dispute(north, "c1", "a2", sameChannel))))
                .isEqualTo(201);
        assertThat(status(post("/api/v1/disputes", southAgentA1, dispute(south, "c1", "a1", southMine))))
                .isEqualTo(201);
    }

    private void refusedAndNothingStored(String who, java.util.function.Supplier<ResponseEntity<String>> request) {
        assertNothingStored(who, 403, request);
    }

    private void assertNothingStored(String who, int status,
                                     java.util.function.Supplier<ResponseEntity<String>> request) {
        long stored = storedEvents();
        ResponseEntity<String> answer = request.get();
        assertThat(answer.getStatusCode().value()).as(who + ": " + answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(who + " answers problem+json").isTrue();
        assertThat(storedEvents()).as(who + " stored nothing").isEqualTo(stored);
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static Map<String, String> roles(String... tokens) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < tokens.length; i++) {
            byName.put("caller " + i + " (" + roleOf(tokens[i]) + ")", tokens[i]);
        }
        return byName;
    }

    private static String roleOf(String token) {
        try {
            String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                    java.nio.charset.StandardCharsets.UTF_8);
            return JSON.readTree(claims).path("roles").toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<String> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token, null)), String.class);
    }

    private ResponseEntity<String> post(String path, String token, String json) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers(token, MediaType.APPLICATION_JSON)),
                String.class);
    }

    private ResponseEntity<String> postCsv(String query, String token) {
        String csv = "registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone\n"
                + Instant.now().minus(3, ChronoUnit.DAYS) + ",c1,AGENCY,a1,周," + phone() + "\n";
        return http.exchange("/api/v1/registrations/imports?" + query, HttpMethod.POST,
                new HttpEntity<>(csv, headers(token, MediaType.parseMediaType("text/csv"))), String.class);
    }

    /** The bearer token, if any, and forged identity headers that must change nothing. */
    private static HttpHeaders headers(String token, MediaType contentType) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        headers.set("X-Role", "TENANT_ADMIN");
        headers.set("X-Actor", "a1");
        if (contentType != null) {
            headers.setContentType(contentType);
        }
        return headers;
    }

    private static int status(ResponseEntity<String> answer) {
        return answer.getStatusCode().value();
    }

    private static JsonNode body(ResponseEntity<String> answer) {
        try {
            return JSON.readTree(answer.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String created(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return body(answer).path("registrationId").asText();
    }

    private static List<String> ids(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        body(answer).forEach(item -> ids.add(item.path("registrationId").asText()));
        return ids;
    }

    private static String phone() {
        return "138****" + String.format("%04d", PHONES.incrementAndGet() % 10_000);
    }

    private static String registration(String tenant, String project, String channel, String agent) {
        return """
                {"tenantId":"%s","projectId":"%s","channelId":"%s","channelKind":"AGENCY","agentId":"%s",
                 "clientSurname":"王","maskedPhone":"%s"}""".formatted(tenant, project, channel, agent, phone());
    }

    private static String importOf(String tenant) {
        return """
                {"tenantId":"%s","projectId":"p1","rows":[{"registeredAt":"%s","channelId":"c1",
                 "channelKind":"AGENCY","agentId":"a1","clientSurname":"周","maskedPhone":"%s"}]}"""
                .formatted(tenant, Instant.now().minus(3, ChronoUnit.DAYS), phone());
    }

    private static String dispute(String tenant, String channel, String agent, String registrationId) {
        return """
                {"tenantId":"%s","projectId":"p1","channelId":"%s","agentId":"%s","kind":"OWNERSHIP",
                 "clientSurname":"王","maskedPhone":"138****0001","registrationId":"%s",
                 "evidenceRefs":["photo-1"],"statement":"我方首先报备"}""".formatted(tenant, channel, agent,
                registrationId);
    }
}
