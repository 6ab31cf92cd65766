package com.baobei.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The provider as the services, the demo and a person at the login page use it, with the demo month's users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class IdentityProviderTest {

    private static final int PORT = Http.freePort();
    private static final String ISSUER = "http://127.0.0.1:" + PORT;
    private static final String REDIRECT = "http://127.0.0.1:8080/login/oauth2/code/baobei";

    @TempDir
    static Path data;

    private final Http http = new Http(URI.create(ISSUER));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("baobei.identity.data-dir", () -> data.toString());
    }

    @Test
    void a_client_credentials_token_says_who_the_user_is_and_nothing_else() throws Exception {
        HttpResponse<String> response = http.clientCredentials("huajing.jiayuan-01", "demo");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(response);
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isBetween(3590L, 3600L);
        assertThat(body.has("refresh_token")).isFalse();

        SignedJWT jwt = http.verified(body.path("access_token").asText());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getClaims().keySet()).containsExactlyInAnyOrder(
                "iss", "sub", "aud", "exp", "iat", "nbf", "jti", "tenant", "roles", "channel", "agent", "name");
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo("huajing.jiayuan-01");
        assertThat(claims.getAudience()).containsExactly("baobei");
        assertThat(claims.getStringClaim("tenant")).isEqualTo("huajing");
        assertThat(claims.getStringListClaim("roles")).containsExactly("CHANNEL_AGENT");
        assertThat(claims.getStringClaim("channel")).isEqualTo("jiayuan");
        assertThat(claims.getStringClaim("agent")).isEqualTo("jiayuan-01");
        assertThat(claims.getStringClaim("name")).isEqualTo("孙志强");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
        assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
    }

    @Test
    void office_people_carry_their_projects_and_tenant_wide_roles_none() throws Exception {
        // client_secret_post works as well as HTTP Basic
        HttpResponse<String> response = http.post("/oauth2/token", Map.of("grant_type", "client_credentials",
                "client_id", "qh-hp-c02", "client_secret", "demo"));
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> consultant = Http.claims(http.verified(Http.json(response).path("access_token").asText()));
        assertThat(consultant).containsEntry("sub", "qh-hp-c02").containsEntry("tenant", "qinghe")
                .containsEntry("roles", List.of("CONSULTANT")).containsEntry("projects", List.of("qh-hupan"))
                .doesNotContainKeys("channel", "agent", "scope");

        Map<String, Object> admin = Http.claims(http.verified(http.accessToken("huajing.admin", "demo")));
        assertThat(admin).containsEntry("roles", List.of("TENANT_ADMIN")).containsEntry("name", "华景置业管理员")
                .doesNotContainKeys("channel", "agent", "projects");

        Map<String, Object> manager = Http.claims(http.verified(http.accessToken("qinghe.anju.manager", "demo")));
        assertThat(manager).containsEntry("tenant", "qinghe").containsEntry("roles", List.of("CHANNEL_MANAGER"))
                .containsEntry("channel", "anju").doesNotContainKeys("agent", "projects");
    }

    @Test
    void a_wrong_password_or_an_unknown_user_gets_401() throws Exception {
        assertThat(http.clientCredentials("huajing.jiayuan-01", "wrong").statusCode()).isEqualTo(401);
        assertThat(http.clientCredentials("nobody", "demo").statusCode()).isEqualTo(401);
        assertThat(http.post("/oauth2/token", Map.of("grant_type", "client_credentials")).statusCode()).isEqualTo(401);
        assertThat(http.post("/oauth2/token", Map.of("grant_type", "client_credentials"), "Accept", "*/*").statusCode())
                .isEqualTo(401);
    }

    @Test
    void discovery_names_the_issuer_and_its_endpoints() throws Exception {
        HttpResponse<String> response = http.get("/.well-known/openid-configuration");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = Http.json(response);
        assertThat(discovery.path("issuer").asText()).isEqualTo(ISSUER);
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.path("authorization_endpoint").asText()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(Http.json(http.get("/.well-known/oauth-authorization-server")).path("issuer").asText())
                .isEqualTo(ISSUER);
    }

    @Test
    void health_is_open_and_nothing_else_of_actuator() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).startsWith("{\"status\":\"UP\"");
        }
        assertThat(http.get("/actuator/env").statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator/env", "Accept", "text/html").statusCode()).isEqualTo(302); // to the login page
        Http loggedIn = new Http(http.base);
        logIn(loggedIn, "huajing.admin");
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/info", "/actuator")) {
            assertThat(loggedIn.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void the_signing_key_is_kept_for_the_owner_only() throws Exception {
        Path key = data.resolve("jwk.json");
        assertThat(key).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(http.jwks().getKeys()).singleElement()
                .satisfies(jwk -> assertThat(jwk.isPrivate()).isFalse());
    }

    @Test
    void a_person_logs_in_to_the_console_with_pkce_and_refreshes_once_per_refresh_token() throws Exception {
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]).replace('A', 'x')
                + "0123456789";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", "baobei-console");
        authorize.put("redirect_uri", REDIRECT);
        authorize.put("scope", "openid profile");
        authorize.put("state", "s1");
        authorize.put("code_challenge", challenge);
        authorize.put("code_challenge_method", "S256");
        String authorizePath = "/oauth2/authorize?" + Http.form(authorize);

        HttpResponse<String> first = http.get(authorizePath, "Accept", "text/html");
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        String back = logIn(http, "hj-bj-sm");
        assertThat(back).contains("/oauth2/authorize");

        HttpResponse<String> redirected = http.get(URI.create(back).getRawPath() + "?" + URI.create(back).getRawQuery(),
                "Accept", "text/html");
        assertThat(redirected.statusCode()).isEqualTo(302);
        String withCode = redirected.headers().firstValue("Location").orElseThrow();
        assertThat(withCode).startsWith(REDIRECT + "?code=").contains("state=s1");
        String code = java.net.URLDecoder.decode(withCode.replaceFirst(".*[?&]code=([^&]+).*", "$1"),
                StandardCharsets.UTF_8);

        HttpResponse<String> tokens = http.post("/oauth2/token", Map.of("grant_type", "authorization_code",
                "client_id", "baobei-console", "code", code, "redirect_uri", REDIRECT, "code_verifier", verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = Http.json(tokens);
        JWTClaimsSet accessClaims = http.verified(body.path("access_token").asText()).getJWTClaimsSet();
        assertThat(accessClaims.getAudience()).containsExactly("baobei");
        assertThat(accessClaims.getClaims()).containsEntry("sub", "hj-bj-sm")
                .containsEntry("tenant", "huajing").containsEntry("roles", List.of("SITE_MANAGER"))
                .containsEntry("projects", List.of("hj-binjiang")).containsEntry("name", "案场经理 华景·滨江府");
        JWTClaimsSet id = http.verified(body.path("id_token").asText()).getJWTClaimsSet();
        assertThat(id.getAudience()).containsExactly("baobei-console");
        assertThat(id.getClaims()).containsEntry("sub", "hj-bj-sm").containsEntry("tenant", "huajing");

        String refresh = body.path("refresh_token").asText();
        assertThat(refresh).isNotBlank();
        HttpResponse<String> refreshed = http.post("/oauth2/token", Map.of("grant_type", "refresh_token",
                "client_id", "baobei-console", "refresh_token", refresh));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode renewed = Http.json(refreshed);
        assertThat(Http.claims(http.verified(renewed.path("access_token").asText())))
                .containsEntry("sub", "hj-bj-sm").containsEntry("roles", List.of("SITE_MANAGER"));
        assertThat(renewed.path("refresh_token").asText()).isNotBlank().isNotEqualTo(refresh);
        // used once: the old refresh token is gone, and another client cannot use the new one
        assertThat(http.post("/oauth2/token", Map.of("grant_type", "refresh_token", "client_id", "baobei-console",
                "refresh_token", refresh)).statusCode()).isEqualTo(400);
        assertThat(http.post("/oauth2/token", Map.of("grant_type", "refresh_token", "client_id", "huajing.admin",
                "refresh_token", renewed.path("refresh_token").asText())).statusCode()).isEqualTo(401);
    }

    /** The login page, filled in; returns where it sends the browser next. */
    private static String logIn(Http http, String username) throws Exception {
        HttpResponse<String> loginPage = http.get("/login", "Accept", "text/html");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.body()).contains("name=\"username\"", "name=\"password\"");
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> wrong = http.post("/login", Map.of("username", username, "password", "wrong",
                "_csrf", csrf.group(1)), "Accept", "text/html");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        HttpResponse<String> loggedIn = http.post("/login", Map.of("username", username, "password", "demo",
                "_csrf", csrf.group(1)), "Accept", "text/html");
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        return loggedIn.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void the_console_cannot_skip_pkce() throws Exception {
        String path = "/oauth2/authorize?" + Http.form(Map.of("response_type", "code", "client_id", "baobei-console",
                "redirect_uri", REDIRECT, "scope", "openid"));
        HttpResponse<String> response = http.get(path, "Accept", "text/html");
        // an invalid request goes back to the client with an error, not to a login
        assertThat(response.headers().firstValue("Location").orElse(""))
                .startsWith(REDIRECT).contains("error=invalid_request");
    }
}
