package com.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.platform.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A service with this module: who gets in, who is turned away, and how the answer looks. */
@SpringBootTest(classes = ResourceServerTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.ISSUER,
        "spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE,
        "management.endpoint.health.probes.enabled=true"})
class ResourceServerTest {

    @org.springframework.test.context.DynamicPropertySource
    static void key(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + TestTokens.shared().publicKeyFile());
    }

    private static final TestTokens tokens = TestTokens.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @SpringBootApplication
    static class App {
        @RestController
        static class Echo {
            @GetMapping("/whoami")
            Map<String, Object> whoami(Caller caller) {
                return Map.of("subject", caller.subject(), "tenant", caller.tenant(),
                        "roles", caller.roles().stream().map(Role::name).sorted().toList(),
                        "channel", String.valueOf(caller.channel()));
            }

            @GetMapping("/finance-only")
            String financeOnly(Caller caller, @RequestParam(required = false) String tenantId) {
                caller.require(Role.FINANCE).requireTenant(tenantId);
                return "ok";
            }

            @Allowed(Role.FINANCE)
            @org.springframework.web.bind.annotation.PostMapping("/api/v1/fines")
            String fine(@org.springframework.web.bind.annotation.RequestBody Map<String, Integer> body) {
                return "fined " + body.get("amount");
            }

            @org.springframework.web.bind.annotation.PostMapping("/api/v1/forgotten")
            String forgotten() {
                return "nobody should get here";
            }
        }
    }

    @Test
    void a_valid_token_names_the_caller() throws Exception {
        HttpResponse<String> answer = get("/whoami", tokens.agent("huajing", "jiayuan", "jiayuan-01"), Map.of());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"subject\":\"jiayuan-01\"", "\"tenant\":\"huajing\"",
                "\"roles\":[\"CHANNEL_AGENT\"]", "\"channel\":\"jiayuan\"");
    }

    @Test
    void no_token_is_401_problem_json_with_a_bearer_challenge() throws Exception {
        HttpResponse<String> answer = get("/whoami", null, Map.of());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":401");
    }

    @Test
    void identity_headers_alone_count_for_nothing() throws Exception {
        HttpResponse<String> answer = get("/finance-only", null, Map.of("X-Actor", "boss", "X-Role", "FINANCE"));
        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void expired_tokens_are_401() throws Exception {
        assertThat(get("/whoami", tokens.token("x", "huajing", "FINANCE").expired().sign(), Map.of()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void tokens_of_another_issuer_are_401() throws Exception {
        assertThat(get("/whoami", tokens.token("x", "huajing", "FINANCE").issuer("http://evil.invalid").sign(),
                Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void tokens_signed_by_an_unknown_key_are_401() throws Exception {
        assertThat(get("/whoami", tokens.token("x", "huajing", "FINANCE").signedByStranger().sign(), Map.of())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void tokens_for_another_audience_are_401() throws Exception {
        assertThat(get("/whoami", tokens.token("x", "huajing", "FINANCE").audience("other-app").sign(), Map.of())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void tokens_without_a_tenant_or_a_known_role_are_401() throws Exception {
        assertThat(get("/whoami", tokens.token("x", "", "FINANCE").sign(), Map.of()).statusCode()).isEqualTo(401);
        assertThat(get("/whoami", tokens.token("x", "huajing", "ROOT").sign(), Map.of()).statusCode()).isEqualTo(401);
        assertThat(get("/whoami", tokens.token("x", "huajing.x", "FINANCE").sign(), Map.of()).statusCode())
                .as("a tenant inside another's topic prefix").isEqualTo(401);
        assertThat(get("/whoami", tokens.token("x", "registration", "FINANCE").sign(), Map.of()).statusCode())
                .as("a tenant named like a shared topic").isEqualTo(401);
        assertThat(get("/whoami", tokens.token("x", "huajing", "CHANNEL_AGENT").sign(), Map.of()).statusCode())
                .as("an agent without channel and agent claims").isEqualTo(401);
    }

    @Test
    void a_role_that_may_not_is_403_problem_json() throws Exception {
        HttpResponse<String> answer = get("/finance-only", tokens.agent("huajing", "jiayuan", "jiayuan-01"),
                Map.of("X-Role", "FINANCE"));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("FINANCE");
    }

    @Test
    void a_role_that_may_not_call_an_endpoint_gets_403_before_its_body_is_read() throws Exception {
        String agent = tokens.agent("huajing", "jiayuan", "jiayuan-01");
        String finance = tokens.of("FINANCE", "huajing");

        assertThat(post("/api/v1/fines", agent, "{not json").statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/fines", agent, "{\"amount\": 5}").statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/fines", finance, "{not json").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/fines", finance, "{\"amount\": 5}").body()).isEqualTo("fined 5");
    }

    @Test
    void an_api_endpoint_that_names_no_roles_is_refused_to_everyone() throws Exception {
        for (String role : java.util.List.of("FINANCE", "TENANT_ADMIN", "SITE_MANAGER")) {
            assertThat(post("/api/v1/forgotten", tokens.of(role, "huajing"), "{}").statusCode()).as(role)
                    .isEqualTo(403);
        }
    }

    @Test
    void naming_another_tenant_is_403() throws Exception {
        String finance = tokens.of("FINANCE", "huajing");
        assertThat(get("/finance-only?tenantId=huajing", finance, Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/finance-only?tenantId=qinghe", finance, Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void health_stays_open_and_nothing_else_of_actuator_does() throws Exception {
        assertThat(get("/actuator/health/readiness", null, Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", null, Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/info", null, Map.of()).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
