package com.baobei.attribution.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as an operator sees it (issue 15): how many decisions wait for the broker, and for how long the oldest
 * has. Read from the table at each scrape, so it is right after a restart too; NaN while the database is away.
 */
@Component
class OutboxGauges {

    OutboxGauges(MeterRegistry registry, JdbcTemplate jdbc) {
        // a row lists one fold's publications
        Gauge.builder("baobei.outbox.records", () -> query(jdbc,
                        "select coalesce(sum(cardinality(kinds)), 0) from outbox"))
                .description("Decisions written but not yet acknowledged by the broker").register(registry);
        Gauge.builder("baobei.outbox.oldest", () -> query(jdbc,
                        "select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox"))
                .description("Age of the oldest decision waiting for the broker").baseUnit("seconds").register(registry);
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
