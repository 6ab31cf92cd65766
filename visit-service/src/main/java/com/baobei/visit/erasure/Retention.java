package com.baobei.visit.erasure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The tenant's retention period of full numbers (ADR 0033), and the numbers it has run out for. */
@Component
public class Retention {

    /** A tenant's period as set, and by whom. */
    public record Period(String tenantId, int fullNumberDays, String setBy, Instant setAt) {
    }

    /** A number whose period ran out: no fact named it for longer than its tenant keeps numbers. */
    public record Due(String tenantId, String phoneHash, int fullNumberDays) {
    }

    private final JdbcTemplate jdbc;

    public Retention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Period set(String tenantId, int fullNumberDays, String setBy, Instant at) {
        jdbc.update("""
                        insert into tenant_retention (tenant_id, full_number_days, set_by, set_at) values (?, ?, ?, ?)
                        on conflict (tenant_id) do update set full_number_days = excluded.full_number_days,
                            set_by = excluded.set_by, set_at = excluded.set_at""",
                tenantId, fullNumberDays, setBy, Timestamp.from(at));
        return new Period(tenantId, fullNumberDays, setBy, at);
    }

    public Optional<Period> of(String tenantId) {
        return jdbc.query("select * from tenant_retention where tenant_id = ?", (rs, row) -> new Period(
                rs.getString("tenant_id"), rs.getInt("full_number_days"), rs.getString("set_by"),
                rs.getTimestamp("set_at").toInstant()), tenantId).stream().findFirst();
    }

    /** At most {@code limit} numbers last named before their tenant's period, counted back from {@code now}. */
    public List<Due> due(Instant now, int limit) {
        return jdbc.query("""
                        select c.tenant_id, c.phone_hash, r.full_number_days from client_contact c
                          join tenant_retention r on r.tenant_id = c.tenant_id
                         where c.last_seen_at < ?::timestamptz - make_interval(days => r.full_number_days)
                         order by c.last_seen_at limit ?""",
                (rs, row) -> new Due(rs.getString(1), rs.getString(2), rs.getInt(3)), Timestamp.from(now), limit);
    }
}
