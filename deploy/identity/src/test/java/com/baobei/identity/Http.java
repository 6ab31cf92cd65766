package com.baobei.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for the provider under test, with cookies (for the login page) and no redirects followed. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    final URI base;
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Http(URI base) {
        this.base = base;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What {@code curl -u user:password -d grant_type=client_credentials …/oauth2/token} sends. */
    HttpResponse<String> clientCredentials(String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return post("/oauth2/token", Map.of("grant_type", "client_credentials"), "Authorization", "Basic " + basic);
    }

    String accessToken(String username, String password) throws Exception {
        HttpResponse<String> response = clientCredentials(username, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token of " + username + ": " + response.statusCode());
        }
        return json(response).path("access_token").asText();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    JWKSet jwks() throws Exception {
        return JWKSet.parse(get("/oauth2/jwks").body());
    }

    /** The token, its signature verified with the key of its key id in this provider's published key set. */
    SignedJWT verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        RSAKey key = (RSAKey) jwks().getKeyByKeyId(jwt.getHeader().getKeyID());
        if (key == null || !jwt.verify(new RSASSAVerifier(key))) {
            throw new IllegalStateException("not signed by a key of " + base);
        }
        return jwt;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, Object> claims(SignedJWT jwt) throws ParseException, JOSEException {
        return jwt.getJWTClaimsSet().getClaims();
    }
}
