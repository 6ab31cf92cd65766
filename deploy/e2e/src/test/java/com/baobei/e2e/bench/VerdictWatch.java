package com.baobei.e2e.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches the attribution service's projection for the verdicts of registrations waiting for one: one query every
 * 2 ms for all of them. The benchmark first asked the API for each waiting registration every 5 ms, and that was the
 * largest load on the machine (at 50 registrations/s some 25 wait at any time: thousands of GETs a second, each a
 * token check, a query and a JSON answer, which the verdicts then queued behind). A committed row of
 * {@code registration_verdict} is what {@code GET …/verdict} reads, so the first time a query here sees it is when the
 * verdict became readable (late by at most one poll); the benchmark then asks the API for it once, to check that it is
 * served.
 */
final class VerdictWatch implements AutoCloseable {

    /**
     * When a verdict was first seen ({@link System#nanoTime}, -1 when never) and its row's {@code updated_at}: when its
     * fold was done.
     */
    record Seen(long nanos, Instant foldedAt) {
    }

    private record Waiting(CompletableFuture<Seen> seen, long deadline) {
    }

    private final ConcurrentHashMap<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final Connection connection;
    private final PreparedStatement query;
    private final Thread poller;
    private volatile boolean running = true;

    VerdictWatch(String jdbcUrl, String user, String password, String tenant, String project) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, user, password);
        query = connection.prepareStatement("select registration_id, updated_at from registration_verdict"
                + " where tenant_id = ? and project_id = ? and registration_id = any(?)");
        query.setString(1, tenant);
        query.setString(2, project);
        poller = new Thread(this::poll, "verdict-watch");
        poller.setDaemon(true);
        poller.start();
    }

    /** Completes when the verdict is first seen, or with {@code nanos} -1 once {@code deadline} passed. */
    CompletableFuture<Seen> await(String registrationId, long deadline) {
        CompletableFuture<Seen> seen = new CompletableFuture<>();
        waiting.put(registrationId, new Waiting(seen, deadline));
        return seen;
    }

    private void poll() {
        while (running) {
            if (!waiting.isEmpty()) {
                try {
                    query.setArray(3, connection.createArrayOf("text", waiting.keySet().toArray(String[]::new)));
                    try (ResultSet rows = query.executeQuery()) {
                        long now = System.nanoTime();
                        while (rows.next()) {
                            Waiting found = waiting.remove(rows.getString(1));
                            if (found != null) {
                                found.seen.complete(new Seen(now, rows.getTimestamp(2).toInstant()));
                            }
                        }
                    }
                } catch (SQLException e) {
                    waiting.values().forEach(w -> w.seen.completeExceptionally(e));
                    return;
                }
                long now = System.nanoTime();
                waiting.forEach((id, w) -> {
                    if (now > w.deadline && waiting.remove(id, w)) {
                        w.seen.complete(new Seen(-1, null));
                    }
                });
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
    }

    @Override
    public void close() throws Exception {
        running = false;
        poller.join(1000);
        connection.close();
    }
}
