package com.baobei.demo.feed;

import com.baobei.contracts.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP with JSON, as any client of the public APIs would call them: the caller's access token from the identity
 * provider, an {@code Idempotency-Key} so that a retry after a dropped connection or a restarting service stores
 * nothing twice.
 */
public final class Api {

    private static final int ATTEMPTS = 60;
    /** The title of a 422 naming master data the service does not know (yet). */
    private static final String MASTER_DATA_NOT_YET = "Unknown or inactive master data";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = EventJson.configure(JsonMapper.builder().build());
    private final Login login;
    private volatile String traceparent;

    /** Calls as the people {@code login} logs in. */
    public Api(Login login) {
        this.login = login;
    }

    /**
     * The W3C {@code traceparent} the following requests send (null: none, each request then starts its own trace),
     * as a traced client would: the services continue that trace (ADR 0026).
     */
    public void traceparent(String value) {
        this.traceparent = value;
    }

    /** The answer: status, the body as JSON (missing when not JSON) and as text. */
    public record Response(int status, JsonNode body, String text) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public Response require(String what) {
            if (!ok()) {
                throw new ApiException(what + ": HTTP " + status + " " + text);
            }
            return this;
        }
    }

    public static final class ApiException extends RuntimeException {
        ApiException(String message) {
            super(message);
        }

        ApiException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Who asks (a user of the identity provider); the key makes a retried write harmless (null: reads). */
    public record Caller(String user, String idempotencyKey) {

        public static Caller as(String user) {
            return new Caller(user, null);
        }
    }

    public ObjectMapper json() {
        return json;
    }

    public Response post(URI uri, Caller caller, Object body) {
        return send("POST", uri, caller, body, "application/json");
    }

    public Response put(URI uri, Caller caller, Object body) {
        return send("PUT", uri, caller, body, "application/json");
    }

    /** A file as the request body (an evidence photo), of its own type. */
    public Response postBytes(URI uri, Caller caller, byte[] content, String contentType) {
        return send("POST", uri, caller, content, contentType);
    }

    public Response get(URI uri, Caller caller) {
        return send("GET", uri, caller, null, null);
    }

    public byte[] download(URI uri, Caller caller) {
        HttpRequest request = request("GET", uri, caller, null, null);
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new ApiException("GET " + uri + ": HTTP " + response.statusCode() + " "
                            + new String(response.body(), StandardCharsets.UTF_8));
                }
                return response.body();
            } catch (IOException e) {
                pauseOrGiveUp(attempt, "GET " + uri, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException("interrupted", e);
            }
        }
    }

    private Response send(String method, URI uri, Caller caller, Object body, String contentType) {
        HttpRequest request = request(method, uri, caller, body, contentType);
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                // a service starting up or restarting: the same request again, the key keeps it harmless
                if ((status == 502 || status == 503 || status == 504) && attempt < ATTEMPTS) {
                    pause();
                    continue;
                }
                // master data the registration service just published, not yet in this service's copy (ADR 0014)
                if (status == 422 && response.body().contains(MASTER_DATA_NOT_YET) && attempt < ATTEMPTS) {
                    pause();
                    continue;
                }
                return new Response(status, parse(response.body()), response.body());
            } catch (IOException e) {
                pauseOrGiveUp(attempt, method + " " + uri, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException("interrupted", e);
            }
        }
    }

    private HttpRequest request(String method, URI uri, Caller caller, Object body, String contentType) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (caller != null) {
            if (caller.user() != null) {
                builder.header("Authorization", "Bearer " + login.token(caller.user()));
            }
            if (caller.idempotencyKey() != null) {
                builder.header("Idempotency-Key", caller.idempotencyKey());
            }
        }
        String trace = traceparent;
        if (trace != null) {
            builder.header("traceparent", trace);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", contentType);
            builder.method(method, HttpRequest.BodyPublishers.ofByteArray(write(body)));
        }
        return builder.build();
    }

    /** The bytes this client sends for a body. */
    public byte[] write(Object body) {
        try {
            if (body instanceof byte[] bytes) {
                return bytes;
            }
            return body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new ApiException("cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    private static void pauseOrGiveUp(int attempt, String what, Exception e) {
        if (attempt >= ATTEMPTS) {
            throw new ApiException(what + " failed " + attempt + " times: " + e, e);
        }
        pause();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted", e);
        }
    }
}
