package com.baobei.commission.persistence;

import com.baobei.commission.ledger.Deal;
import com.baobei.contracts.UnitType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The latest attribution per purchase of a tenant's project. An older revision arriving late never overwrites a newer
 * one.
 */
@Repository
public class DealRepository {

    private static final String COLUMNS = "purchase_id, unit_id, unit_type, amount, subscribed_at, contracted_at, "
            + "cancelled_at, channel_id, agent_id, revision, event_id, recorded_at, rule_ids";

    private final JdbcTemplate jdbc;

    public DealRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns true when the deal is now the latest of its purchase. */
    public boolean upsert(String tenantId, String projectId, Deal d) {
        // event ids compare byte-wise (collate "C"), as Deal.ORDER compares them in Java
        return jdbc.update("""
                insert into deal (tenant_id, project_id, purchase_id, channel_id, agent_id, unit_id, unit_type, amount,
                                  subscribed_at, contracted_at, cancelled_at, revision, event_id, recorded_at, rule_ids)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, project_id, purchase_id) do update set
                    channel_id = excluded.channel_id, agent_id = excluded.agent_id,
                    unit_id = excluded.unit_id, unit_type = excluded.unit_type, amount = excluded.amount,
                    subscribed_at = excluded.subscribed_at, contracted_at = excluded.contracted_at,
                    cancelled_at = excluded.cancelled_at, revision = excluded.revision, event_id = excluded.event_id,
                    recorded_at = excluded.recorded_at, rule_ids = excluded.rule_ids
                where (excluded.revision, excluded.recorded_at, excluded.event_id collate "C")
                    > (deal.revision, deal.recorded_at, deal.event_id collate "C")""",
                tenantId, projectId, d.purchaseId(), d.channelId(), d.agentId(), d.unitId(),
                d.unitType() == null ? null : d.unitType().name(), d.amount(), Sql.ts(d.subscribedAt()),
                Sql.ts(d.contractedAt()), Sql.ts(d.cancelledAt()), d.revision(), d.eventId(), Sql.ts(d.recordedAt()),
                String.join(",", d.ruleIds())) == 1;
    }

    /**
     * The channel's deals, plus the deals of other channels (or none) that its issued statements
     * paid, so the ledger can say why they left.
     */
    public List<Deal> forChannel(String tenantId, String projectId, String channelId) {
        return jdbc.query("select " + COLUMNS + " from deal where tenant_id = ? and project_id = ? and (channel_id = ? "
                        + "or purchase_id in (select l.purchase_id from statement_line l join statement s "
                        + "on s.tenant_id = l.tenant_id and s.statement_id = l.statement_id "
                        + "where s.tenant_id = ? and s.project_id = ? and s.channel_id = ? and l.purchase_id is not null))",
                DealRepository::deal, tenantId, projectId, channelId, tenantId, projectId, channelId);
    }

    static Deal deal(ResultSet rs, int row) throws SQLException {
        String unitType = rs.getString("unit_type");
        String rules = rs.getString("rule_ids");
        return new Deal(rs.getString("purchase_id"), rs.getString("unit_id"),
                unitType == null ? null : UnitType.valueOf(unitType), rs.getBigDecimal("amount"),
                Sql.instant(rs, "subscribed_at"), Sql.instant(rs, "contracted_at"), Sql.instant(rs, "cancelled_at"),
                rs.getString("channel_id"), rs.getString("agent_id"), rs.getInt("revision"), rs.getString("event_id"),
                Sql.instant(rs, "recorded_at"), rules.isEmpty() ? List.of() : Arrays.asList(rules.split(",")));
    }
}
