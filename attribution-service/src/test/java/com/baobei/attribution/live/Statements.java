package com.baobei.attribution.live;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's optional look inside PostgreSQL: with {@code -Dbench.statements=true} and the server
 * started with {@code -Dbaobei.postgres.config=shared_preload_libraries=pg_stat_statements}, a round prints
 * the statements that took the most of the server's time, per event.
 */
final class Statements {

    private final JdbcTemplate jdbc;

    private Statements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Statements start(JdbcTemplate jdbc) {
        if (!Boolean.getBoolean("bench.statements")) {
            return new Statements(null);
        }
        jdbc.execute("create extension if not exists pg_stat_statements");
        jdbc.execute("select pg_stat_statements_reset()");
        return new Statements(jdbc);
    }

    void print(int events) {
        if (jdbc == null) {
            return;
        }
        List<Map<String, Object>> top = jdbc.queryForList("""
                select calls, rows, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query
                from pg_stat_statements order by total_exec_time desc limit 14""");
        System.out.println("  postgresql statements by time (µs per event, calls, rows):");
        for (Map<String, Object> row : top) {
            System.out.printf("    %6.1f µs %8d %9d  %s%n", ((Number) row.get("total_exec_time")).doubleValue() * 1000 / events,
                    ((Number) row.get("calls")).longValue(), ((Number) row.get("rows")).longValue(), row.get("query"));
        }
        System.out.println("  projection rows (average bytes of the JSON columns; how many are stored compressed):");
        jdbc.queryForList("""
                select 'registration_verdict' as t, count(*) as n, avg(octet_length(body)) as body, 0 as history,
                       count(pg_column_compression(body)) as compressed from registration_verdict
                union all
                select 'client_ownership', count(*), avg(octet_length(body)), avg(octet_length(history)),
                       count(pg_column_compression(history)) from client_ownership
                union all
                select 'purchase_attribution', count(*), avg(octet_length(body)), 0,
                       count(pg_column_compression(body)) from purchase_attribution""").forEach(row ->
                System.out.printf("    %-22s %8s rows, body %6.0f B, history %6.0f B, %s compressed%n", row.get("t"),
                        row.get("n"), ((Number) row.get("body")).doubleValue(), ((Number) row.get("history")).doubleValue(),
                        row.get("compressed")));
    }
}
