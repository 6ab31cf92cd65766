package com.baobei.commission.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an operator watches of commission (issue 15): announcements waiting for the broker and the oldest one's age,
 * and the statements issued. Read from the tables at each scrape, so right after a restart too; NaN while the
 * database is away.
 */
@Component
class OutboxGauges {

    OutboxGauges(MeterRegistry registry, JdbcTemplate jdbc) {
        Gauge.builder("baobei.outbox.records", () -> query(jdbc,
                        "select count(*) from outbox where published_at is null"))
                .description("Announcements written but not yet acknowledged by the broker").register(registry);
        Gauge.builder("baobei.outbox.oldest", () -> query(jdbc, "select coalesce(extract(epoch from now() - "
                        + "min(created_at)), 0) from outbox where published_at is null"))
                .description("Age of the oldest announcement waiting for the broker").baseUnit("seconds")
                .register(registry);
        Gauge.builder("baobei.statements.issued", () -> query(jdbc, "select count(*) from statement"))
                .description("Statements issued, all tenants (COM-5)").register(registry);
    }

    private static double query(JdbcTemplate jdbc, String sql) {
        try {
            Number value = jdbc.queryForObject(sql, Number.class);
            return value == null ? 0 : value.doubleValue();
        } catch (DataAccessException unavailable) {
            return Double.NaN;
        }
    }
}
