package com.baobei.demo.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs people in at the identity provider (OAuth 2.0 client credentials: each demo person is also a client, see
 * ADR 0012) and keeps each one's access token until shortly before it expires.
 */
public final class Login {

    private record Held(String token, Instant renewAfter) {
    }

    private final URI tokenEndpoint;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Held> tokens = new ConcurrentHashMap<>();

    public Login(URI issuer, String password) {
        this.tokenEndpoint = URI.create(issuer.toString().replaceAll("/$", "") + "/oauth2/token");
        this.password = password;
    }

    /** The access token of this person, fetched once and again when it is about to expire. */
    public String token(String username) {
        Held held = tokens.get(username);
        if (held == null || Instant.now().isAfter(held.renewAfter())) {
            held = fetch(username);
            tokens.put(username, held);
        }
        return held.token();
    }

    private Held fetch(String username) {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(username, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(password, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new Api.ApiException("login of " + username + ": HTTP " + response.statusCode() + " "
                            + response.body());
                }
                JsonNode body = json.readTree(response.body());
                long lifetime = body.path("expires_in").asLong(300);
                return new Held(body.path("access_token").asText(),
                        Instant.now().plusSeconds(Math.max(0, lifetime - 60)));
            } catch (IOException e) {
                if (attempt >= 20) {
                    throw new Api.ApiException("login of " + username + " failed: " + e, e);
                }
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Api.ApiException("interrupted", e);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
