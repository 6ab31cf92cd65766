package com.baobei.registration.web;

import com.baobei.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key}: the first answer to a key is stored in the same transaction as the
 * events the request stored, so a retry gets that answer back and stores nothing new. The same
 * key with a different request is refused. A key belongs to its caller: the token's tenant and subject.
 */
@Component
class IdempotentRequests {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    IdempotentRequests(JdbcTemplate jdbc, TransactionTemplate transaction, ObjectMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    <T> ResponseEntity<T> run(String key, Caller caller, Object request, Class<T> bodyType,
                              Supplier<ResponseEntity<T>> action) {
        String tenant = caller.tenant();
        String actor = caller.subject();
        String fingerprint = fingerprintFor(key, request);
        if (fingerprint == null) {
            return transaction.execute(status -> action.get());
        }
        try {
            return transaction.execute(status -> {
                ResponseEntity<T> earlier = earlierAnswer(key, tenant, actor, fingerprint, bodyType);
                if (earlier != null) {
                    return earlier;
                }
                ResponseEntity<T> answer = action.get();
                jdbc.update("insert into idempotent_request (idempotency_key, tenant_id, actor, fingerprint, status, "
                                + "body) values (?, ?, ?, ?, ?, ?)",
                        key, tenant, actor, fingerprint, answer.getStatusCode().value(), write(answer.getBody()));
                return answer;
            });
        } catch (DuplicateKeyException concurrentTwin) {
            return transaction.execute(status -> earlierAnswer(key, tenant, actor, fingerprint, bodyType));
        }
    }

    /**
     * For a request whose work commits in several transactions (a history import, ADR 0034): in the caller's
     * transaction, binds the key to this request with the answer it will get; the same key with a different request
     * is refused (422). The request itself knows how to resume, so a retry does not read the answer back here.
     */
    void bind(String key, Caller caller, Object request, int status, Object answer) {
        String fingerprint = fingerprintFor(key, request);
        if (fingerprint == null) {
            return;
        }
        jdbc.update("insert into idempotent_request (idempotency_key, tenant_id, actor, fingerprint, status, body) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                key, caller.tenant(), caller.subject(), fingerprint, status, write(answer));
        String bound = jdbc.queryForObject("select fingerprint from idempotent_request "
                + "where idempotency_key = ? and tenant_id = ? and actor = ?", String.class, key, caller.tenant(),
                caller.subject());
        if (!fingerprint.equals(bound)) {
            throw new IdempotencyConflictException("Idempotency-Key was already used for a different request");
        }
    }

    /** The fingerprint binding {@code key} to this request, or null without a key; a key over 128 characters is 400. */
    String fingerprintFor(String key, Object request) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > 128) {
            throw new InvalidRequestException(List.of(new FieldProblem("Idempotency-Key", "at most 128 characters")));
        }
        return fingerprint(request);
    }

    /** The answer stored for the key, null when none is; 422 when the key was used for a different request. */
    <T> ResponseEntity<T> earlier(String key, Caller caller, String fingerprint, Class<T> bodyType) {
        return earlierAnswer(key, caller.tenant(), caller.subject(), fingerprint, bodyType);
    }

    /** A key's answer to store in a batch's transaction. */
    record Claim(String key, String tenant, String actor, String fingerprint, int status, Object body) {
    }

    /**
     * Stores the answers of those keys no other request holds yet, in one statement in the caller's transaction, and
     * says which of {@code claims} may be stored: a null claim (a request without a key) always, a key's first claim
     * when it got the key. The others are twins of a request answered (or being answered) elsewhere, or earlier in the
     * same list: they store nothing and read that answer after the commit.
     */
    boolean[] claim(List<Claim> claims) {
        boolean[] stored = new boolean[claims.size()];
        StringBuilder sql = new StringBuilder("insert into idempotent_request (idempotency_key, tenant_id, actor, "
                + "fingerprint, status, body) values ");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c == null) {
                stored[i] = true;
                continue;
            }
            sql.append(args.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            args.addAll(List.of(c.key(), c.tenant(), c.actor(), c.fingerprint(), c.status(), write(c.body())));
        }
        if (args.isEmpty()) {
            return stored;
        }
        sql.append(" on conflict do nothing returning idempotency_key, tenant_id, actor");
        Set<List<String>> got = new HashSet<>(jdbc.query(sql.toString(),
                (rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)), args.toArray()));
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c != null) {
                stored[i] = got.remove(List.of(c.key(), c.tenant(), c.actor()));
            }
        }
        return stored;
    }

    private <T> ResponseEntity<T> earlierAnswer(String key, String tenant, String actor, String fingerprint,
                                                Class<T> bodyType) {
        List<ResponseEntity<T>> found = jdbc.query(
                "select fingerprint, status, body from idempotent_request "
                        + "where idempotency_key = ? and tenant_id = ? and actor = ?",
                (rs, row) -> {
                    if (!rs.getString("fingerprint").equals(fingerprint)) {
                        throw new IdempotencyConflictException(
                                "Idempotency-Key was already used for a different request");
                    }
                    return ResponseEntity.status(rs.getInt("status")).body(read(rs.getString("body"), bodyType));
                }, key, tenant, actor);
        return found.isEmpty() ? null : found.get(0);
    }

    /** SHA-256 of the request as JSON: equal requests, equal fingerprints. Streamed: an import can be 15 MB. */
    String fingerprint(Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                json.writeValue(out, request);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
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
