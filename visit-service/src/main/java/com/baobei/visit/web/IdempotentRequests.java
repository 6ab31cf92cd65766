package com.baobei.visit.web;

import com.baobei.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key}: the first answer to a key is stored in the same transaction as the
 * events the request stored, so a retry gets that answer back and stores nothing new. The same
 * key with a different request is refused. Answers hold masked numbers only, never a full one. A key is the
 * caller's own (their tenant and token subject): another person's key is another key.
 */
@Component
class IdempotentRequests {

    private static final int ATTEMPTS = 8;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    IdempotentRequests(JdbcTemplate jdbc, TransactionTemplate transaction, ObjectMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    /**
     * Runs the action in one transaction; a request that lost a race for an aggregate (two visits
     * taking the same rotation turn) is run again from the start, since it stored nothing.
     */
    <T> ResponseEntity<T> run(String key, Caller caller, Object request, Class<T> bodyType,
                              Supplier<ResponseEntity<T>> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(key, caller.tenant(), caller.subject(), request, bodyType, action);
            } catch (ConcurrencyException | AggregateStreamCreationException raced) {
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
                pause(attempt);
            }
        }
    }

    /** A short random pause, longer each time, so that racing requests stop meeting. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }

    private <T> ResponseEntity<T> once(String key, String tenant, String actor, Object request, Class<T> bodyType,
                                       Supplier<ResponseEntity<T>> action) {
        if (key == null || key.isBlank()) {
            return transaction.execute(status -> action.get());
        }
        if (key.length() > 128) {
            throw new InvalidRequestException(List.of(new FieldProblem("Idempotency-Key", "at most 128 characters")));
        }
        String fingerprint = fingerprint(request);
        try {
            return transaction.execute(status -> {
                ResponseEntity<T> earlier = earlierAnswer(key, tenant, actor, fingerprint, bodyType);
                if (earlier != null) {
                    return earlier;
                }
                ResponseEntity<T> answer = action.get();
                jdbc.update("insert into idempotent_request (tenant_id, actor, idempotency_key, fingerprint, status, "
                                + "body) values (?, ?, ?, ?, ?, ?)",
                        tenant, actor, key, fingerprint, answer.getStatusCode().value(), write(answer.getBody()));
                return answer;
            });
        } catch (DuplicateKeyException concurrentTwin) {
            return transaction.execute(status -> earlierAnswer(key, tenant, actor, fingerprint, bodyType));
        }
    }

    private <T> ResponseEntity<T> earlierAnswer(String key, String tenant, String actor, String fingerprint,
                                                Class<T> bodyType) {
        List<ResponseEntity<T>> found = jdbc.query(
                "select fingerprint, status, body from idempotent_request "
                        + "where tenant_id = ? and actor = ? and idempotency_key = ?",
                (rs, row) -> {
                    if (!rs.getString("fingerprint").equals(fingerprint)) {
                        throw new IdempotencyConflictException(
                                "Idempotency-Key was already used for a different request");
                    }
                    return ResponseEntity.status(rs.getInt("status")).body(read(rs.getString("body"), bodyType));
                }, tenant, actor, key);
        return found.isEmpty() ? null : found.get(0);
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
