package com.baobei.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The embedded identity provider ({@code deploy/identity}, Spring Authorization Server) as its own JVM: the
 * services verify its tokens, and anyone gets one with {@code curl -u user:password -d grant_type=client_credentials
 * <issuer>/oauth2/token}. Its signing key lives in its data folder, so tokens stay valid across restarts.
 */
final class IdentityProvider implements AutoCloseable {

    static final String NAME = "identity";
    /** The users file inside the provider's jar: the demo month's people, password {@code demo}. */
    static final String DEMO_USERS = "classpath:demo-users.yml";
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI issuer;
    private final ChildProcess process;
    private volatile boolean ready;

    private IdentityProvider(URI issuer, ChildProcess process) {
        this.issuer = issuer;
        this.process = process;
    }

    static URI issuer(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    static IdentityProvider start(Path jar, int port, Path dataDirectory, Path usersFile, List<String> jvmOptions,
                                  Path workingDirectory, Path log, Pids pids) {
        URI issuer = issuer(port);
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaCommand());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return new IdentityProvider(issuer, ChildProcess.start(NAME, command,
                environment(port, issuer, dataDirectory, usersFile), workingDirectory, log, STOP_GRACE, pids));
    }

    /** What the provider reads (see deploy/identity's application.yml). */
    static Map<String, String> environment(int port, URI issuer, Path dataDirectory, Path usersFile) {
        return Map.of(
                "SERVER_PORT", Integer.toString(port),
                "BAOBEI_ISSUER", issuer.toString(),
                "BAOBEI_IDENTITY_DATA_DIR", dataDirectory.toString(),
                // always set, so that a variable inherited from the launcher's shell cannot change a test's users
                "BAOBEI_IDENTITY_USERS", usersFile == null ? DEMO_USERS : usersFile.toString());
    }

    URI issuer() {
        return issuer;
    }

    URI readinessUrl() {
        return URI.create(issuer + "/actuator/health/readiness");
    }

    ChildProcess process() {
        return process;
    }

    void markReady() {
        ready = true;
    }

    /**
     * An access token of this user: OAuth 2.0 client credentials, where every user is a client with their own name
     * and password (RFC 6749 §2.3.1 form-encodes both inside HTTP Basic).
     */
    static String token(URI issuer, String username, String password) {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(username, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(password, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new PlatformException("The identity provider " + issuer + " refused a token for " + username
                        + ": HTTP " + response.statusCode() + " " + errorCode(response.body()));
            }
            String token = JSON.readTree(response.body()).path("access_token").asText("");
            if (token.isEmpty()) {
                throw new PlatformException("The identity provider " + issuer + " answered without an access token");
            }
            return token;
        } catch (IOException e) {
            throw new PlatformException("Cannot reach the identity provider " + issuer + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted", e);
        }
    }

    private static String errorCode(String body) {
        try {
            JsonNode error = JSON.readTree(body);
            return error.path("error").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** Never ready: nothing in flight, a short grace. */
    @Override
    public void close() {
        process.close(ready ? STOP_GRACE : Duration.ofSeconds(5));
    }
}
