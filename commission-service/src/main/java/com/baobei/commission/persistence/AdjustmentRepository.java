package com.baobei.commission.persistence;

import com.baobei.commission.adjustments.Adjustment;
import com.baobei.commission.ledger.ManualAdjustment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Manual adjustments of each tenant: inserted when proposed, decided once (the update only moves a PROPOSED row). */
@Repository
public class AdjustmentRepository {

    private final JdbcTemplate jdbc;

    public AdjustmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String tenantId, Adjustment a) {
        jdbc.update("""
                insert into adjustment (tenant_id, adjustment_id, project_id, channel_id, amount, reason, inquiry_id,
                                        status, proposed_by, proposed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                tenantId, a.adjustmentId(), a.projectId(), a.channelId(), a.amount(), a.reason(), a.inquiryId(),
                a.status().name(), a.proposedBy(), Sql.ts(a.proposedAt()));
    }

    /** Records the decision if the adjustment is still proposed; whether it was. */
    public boolean decide(String tenantId, Adjustment decided) {
        return jdbc.update("""
                update adjustment set status = ?, decided_by = ?, decided_at = ?, decision_note = ?
                where tenant_id = ? and adjustment_id = ? and status = 'PROPOSED'""",
                decided.status().name(), decided.decidedBy(), Sql.ts(decided.decidedAt()), decided.decisionNote(),
                tenantId, decided.adjustmentId()) == 1;
    }

    public Optional<Adjustment> find(String tenantId, String adjustmentId) {
        return jdbc.query("select * from adjustment where tenant_id = ? and adjustment_id = ?",
                AdjustmentRepository::adjustment, tenantId, adjustmentId).stream().findFirst();
    }

    public List<Adjustment> list(String tenantId, String projectId, String channelId, Adjustment.Status status) {
        return jdbc.query("""
                select * from adjustment where tenant_id = ? and project_id = ?
                  and (?::text is null or channel_id = ?) and (?::text is null or status = ?)
                order by proposed_at, adjustment_id""", AdjustmentRepository::adjustment, tenantId, projectId,
                channelId, channelId, status == null ? null : status.name(), status == null ? null : status.name());
    }

    /** The approved adjustments of one channel: facts of its ledger. */
    public List<ManualAdjustment> approvedFor(String tenantId, String projectId, String channelId) {
        return list(tenantId, projectId, channelId, Adjustment.Status.APPROVED).stream()
                .map(Adjustment::toLedger).toList();
    }

    private static Adjustment adjustment(ResultSet rs, int row) throws SQLException {
        java.math.BigDecimal amount = rs.getBigDecimal("amount");
        return new Adjustment(rs.getString("adjustment_id"), rs.getString("project_id"), rs.getString("channel_id"),
                amount.signum() < 0 ? Adjustment.Direction.DEBIT : Adjustment.Direction.CREDIT, amount,
                rs.getString("reason"), rs.getString("inquiry_id"), Adjustment.Status.valueOf(rs.getString("status")),
                rs.getString("proposed_by"), Sql.instant(rs, "proposed_at"), rs.getString("decided_by"),
                Sql.instant(rs, "decided_at"), rs.getString("decision_note"));
    }
}
