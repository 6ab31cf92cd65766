package com.baobei.commission.persistence;

import com.baobei.commission.agreement.Period;
import com.baobei.commission.ledger.AdjustmentLine;
import com.baobei.commission.ledger.ChargeLine;
import com.baobei.commission.ledger.DealLine;
import com.baobei.commission.ledger.Statement;
import com.baobei.commission.ledger.StatementState;
import com.baobei.commission.ledger.Totals;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Issued statements (COM-5) of each tenant: inserted once, never updated (a database trigger refuses it too). A
 * statement id is unique inside its tenant, so every lookup names the tenant.
 */
@Repository
public class StatementRepository {

    /** A statement without its lines, for lists. */
    public record Summary(String statementId, String projectId, String channelId, Period period, StatementState state,
                          java.time.Instant issuedAt, String issuedBy, Totals totals) {

        public static Summary of(Statement s) {
            return new Summary(s.statementId(), s.projectId(), s.channelId(), s.period(), s.state(), s.issuedAt(),
                    s.issuedBy(), s.totals());
        }
    }

    private final JdbcTemplate jdbc;
    private final Json json;

    public StatementRepository(JdbcTemplate jdbc, Json json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(String tenantId, Statement s) {
        Totals t = s.totals();
        jdbc.update("""
                insert into statement (tenant_id, statement_id, project_id, channel_id, period_start, period_end, state,
                                       issued_at, issued_by, deal_count, gross, adjustments, fines, net_payable,
                                       carried_in, carried_forward, body)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                tenantId, s.statementId(), s.projectId(), s.channelId(), s.period().start(), s.period().end(), s.state().name(),
                Sql.ts(s.issuedAt()), s.issuedBy(), t.dealCount(), t.gross(), t.adjustments(), t.fines(),
                t.netPayable(), t.carriedIn(), t.carriedForward(), json.write(s));
        List<Object[]> lines = new ArrayList<>();
        int n = 0;
        for (DealLine l : s.deals()) {
            lines.add(new Object[] {tenantId, s.statementId(), ++n, "DEAL", l.key(), s.period().start(), l.purchaseId(), null,
                    l.status().name(), l.attributionEventId(), l.attributionEventId(), l.commission()});
        }
        for (AdjustmentLine l : s.adjustments()) {
            lines.add(new Object[] {tenantId, s.statementId(), ++n, "ADJUSTMENT", l.key(), l.originalPeriod().start(),
                    l.purchaseId(), l.fineId(), l.cause().name(), l.causeEventId(), l.basisEventId(), l.amount()});
        }
        for (ChargeLine l : s.charges()) {
            lines.add(new Object[] {tenantId, s.statementId(), ++n, l.kind().name(), l.key(), s.period().start(), null,
                    l.fineId(), l.reason() == null ? null : l.reason().name(), l.fineId(), l.fineId(), l.amount()});
        }
        jdbc.batchUpdate("""
                insert into statement_line (tenant_id, statement_id, line_no, kind, line_key, account_period_start,
                                            purchase_id, fine_id, cause, cause_event_id, basis_event_id, amount)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines);
    }

    public boolean exists(String tenantId, String statementId) {
        return !jdbc.queryForList("select 1 from statement where tenant_id = ? and statement_id = ?", tenantId,
                statementId).isEmpty();
    }

    public Optional<Statement> find(String tenantId, String statementId) {
        return jdbc.query("select body from statement where tenant_id = ? and statement_id = ?",
                (rs, row) -> json.read(rs.getString("body"), Statement.class), tenantId, statementId).stream()
                .findFirst();
    }

    public List<Statement> issuedFor(String tenantId, String projectId, String channelId) {
        return jdbc.query("""
                select body from statement where tenant_id = ? and project_id = ? and channel_id = ?
                order by period_start""",
                (rs, row) -> json.read(rs.getString("body"), Statement.class), tenantId, projectId, channelId);
    }

    public List<Summary> summaries(String tenantId, String projectId, String channelId, LocalDate day) {
        return jdbc.query("""
                select statement_id, project_id, channel_id, period_start, period_end, issued_at, issued_by, deal_count,
                       gross, adjustments, fines, net_payable, carried_in, carried_forward
                from statement
                where tenant_id = ? and (?::text is null or project_id = ?) and (?::text is null or channel_id = ?)
                  and (?::date is null or (period_start <= ?::date and period_end >= ?::date))
                order by project_id, channel_id, period_start""", StatementRepository::summary,
                tenantId, projectId, projectId, channelId, channelId, day, day, day);
    }

    private static Summary summary(ResultSet rs, int row) throws SQLException {
        return new Summary(rs.getString("statement_id"), rs.getString("project_id"), rs.getString("channel_id"),
                new Period(date(rs, "period_start"), date(rs, "period_end")), StatementState.ISSUED,
                Sql.instant(rs, "issued_at"), rs.getString("issued_by"),
                new Totals(rs.getInt("deal_count"), rs.getBigDecimal("gross"), rs.getBigDecimal("adjustments"),
                        rs.getBigDecimal("fines"), rs.getBigDecimal("net_payable"), rs.getBigDecimal("carried_in"),
                        rs.getBigDecimal("carried_forward")));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d.toLocalDate();
    }
}
