package com.baobei.registration.intake.persistence;

import java.sql.Timestamp;
import java.time.Instant;
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

    // the row lock taken here is held until the caller's transaction ends: the next registrations into the project
    // wait for these to be stored, and so draw later global indexes and later times (the service's ProjectQueue
    // already stores one project's batches one at a time; this row orders them across instances too)
    private static final String STAMP = "insert into project_registration_clock (tenant_id, project_id, last_at) "
            + "values (?, ?, ?) on conflict (tenant_id, project_id) do update set last_at = "
            + "greatest(excluded.last_at, project_registration_clock.last_at + ? * interval '1 millisecond') "
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
     * Must run inside the transaction that stores the registrations. The first of {@code count} times one millisecond
     * apart, all after the project's last registration and none before {@code now} (whole milliseconds): two
     * registrations never share a time, so their order does not fall to their random event ids.
     */
    public Instant stamp(String tenant, String project, Instant now, int count) {
        if (!ordered) {
            return now;
        }
        Timestamp last = jdbc.queryForObject(STAMP, Timestamp.class, tenant, project,
                Timestamp.from(now.plusMillis(count - 1)), count);
        return last.toInstant().minusMillis(count - 1);
    }

    /** False when {@code baobei.registration.project-clock} is off. */
    public boolean ordered() {
        return ordered;
    }
}
