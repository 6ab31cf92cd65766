package com.baobei.registration.intake.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The time a live registration is stamped with (REG-1: the server's clock), made strictly increasing per project in
 * the order the registrations are stored (ADR 0036). Concurrent requests read the clock in one order and commit in
 * another; the attribution service then sees a registration arrive after a later one, which its fold cannot go on
 * from (ADR 0031) and folds the whole project again. Stamping under the project's clock row, in the transaction that
 * stores the registration, makes the store's order, the topic's order and the order of registration times one order.
 */
@Component
public class ProjectRegistrationClock {

    // the row lock taken here is held until the caller's transaction ends: the next registration into the project
    // waits for this one to be stored, and so draws a later global index and a later time
    private static final String STAMP = "insert into project_registration_clock (tenant_id, project_id, last_at) "
            + "values (?, ?, ?) on conflict (tenant_id, project_id) do update set last_at = "
            + "greatest(excluded.last_at, project_registration_clock.last_at + interval '1 millisecond') "
            + "returning last_at";

    private final JdbcTemplate jdbc;
    /**
     * {@code baobei.registration.project-clock}: false stamps the time read when the request began, as before ADR
     * 0036 (registrations into one project then never wait for each other, and the attribution service folds a
     * project again whenever two arrive out of order) — for measuring the two side by side.
     */
    private final boolean ordered;

    ProjectRegistrationClock(JdbcTemplate jdbc,
                             @Value("${baobei.registration.project-clock:true}") boolean ordered) {
        this.jdbc = jdbc;
        this.ordered = ordered;
    }

    /**
     * Runs {@code work} (a registration's whole transaction) when no other registration into the project is running in
     * this service. The clock row orders them in the database anyway; a registration waiting there holds a pooled
     * connection, so a burst into one project would take every connection, and other projects' registrations would
     * time out waiting for one. Waiting here holds none. After {@link #MAX_WAIT} the caller gets
     * {@link ProjectBusyException} (a 503 to retry), not an ever longer queue.
     */
    public <T> T inTurn(String tenant, String project, Supplier<T> work) {
        if (!ordered) {
            return work.get();
        }
        String key = tenant + '/' + project;
        Turn turn = turns.compute(key, (k, t) -> {
            Turn taken = t == null ? new Turn() : t;
            taken.waiting++;
            return taken;
        });
        try {
            if (!turn.lock.tryLock(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProjectBusyException(project);
            }
            try {
                return work.get();
            } finally {
                turn.lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProjectBusyException(project);
        } finally {
            turns.computeIfPresent(key, (k, t) -> --t.waiting == 0 ? null : t);
        }
    }

    /** A project's turn: a fair lock (first come, first stored) and how many hold or wait for it. */
    private static final class Turn {
        final ReentrantLock lock = new ReentrantLock(true);
        int waiting;
    }

    private final ConcurrentHashMap<String, Turn> turns = new ConcurrentHashMap<>();
    static final Duration MAX_WAIT = Duration.ofSeconds(10);

    /**
     * Must run inside the transaction that stores the registration. {@code now} (whole milliseconds), or one
     * millisecond after the project's last registration when that is not earlier than {@code now}: two registrations
     * never share a time, so their order does not fall to their random event ids.
     */
    public Instant stamp(String tenant, String project, Instant now) {
        if (!ordered) {
            return now;
        }
        Timestamp stamped = jdbc.queryForObject(STAMP, Timestamp.class, tenant, project, Timestamp.from(now));
        return stamped.toInstant();
    }
}
