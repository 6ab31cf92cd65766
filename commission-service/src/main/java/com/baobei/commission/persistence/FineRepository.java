package com.baobei.commission.persistence;

import com.baobei.commission.ledger.Charge;
import com.baobei.commission.ledger.Fine;
import com.baobei.commission.ledger.FineConsequence;
import com.baobei.commission.ledger.FineReason;
import com.fasterxml.jackson.databind.JavaType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** COM-4 fines as recorded, per tenant. */
@Repository
public class FineRepository {

    private final JdbcTemplate jdbc;
    private final Json json;
    private final JavaType charges;

    public FineRepository(JdbcTemplate jdbc, Json json) {
        this.jdbc = jdbc;
        this.json = json;
        this.charges = json.mapper().getTypeFactory().constructCollectionType(List.class, Charge.class);
    }

    public void insert(String tenantId, Fine f) {
        jdbc.update("""
                insert into fine (tenant_id, fine_id, project_id, channel_id, agent_id, reason, offence_number, consequence, charges,
                                  recorded_at, recorded_by, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""",
                tenantId, f.fineId(), f.projectId(), f.channelId(), f.agentId(), f.reason().name(), f.offenceNumber(),
                f.consequence().name(), json.write(f.charges()), Sql.ts(f.recordedAt()), f.recordedBy(), f.note());
    }

    public Optional<Fine> find(String tenantId, String fineId) {
        return jdbc.query("select * from fine where tenant_id = ? and fine_id = ?", this::fine, tenantId, fineId)
                .stream().findFirst();
    }

    public List<Fine> forChannel(String tenantId, String projectId, String channelId) {
        return jdbc.query("""
                select * from fine where tenant_id = ? and project_id = ? and channel_id = ?
                order by recorded_at, fine_id""", this::fine, tenantId, projectId, channelId);
    }

    public List<Fine> list(String tenantId, String projectId, String channelId) {
        return jdbc.query("""
                select * from fine where tenant_id = ?
                  and (?::text is null or project_id = ?) and (?::text is null or channel_id = ?)
                order by recorded_at, fine_id""", this::fine, tenantId, projectId, projectId, channelId, channelId);
    }

    private Fine fine(ResultSet rs, int row) throws SQLException {
        return new Fine(rs.getString("fine_id"), rs.getString("project_id"), rs.getString("channel_id"),
                rs.getString("agent_id"), FineReason.valueOf(rs.getString("reason")), rs.getInt("offence_number"),
                FineConsequence.valueOf(rs.getString("consequence")), json.read(rs.getString("charges"), charges),
                Sql.instant(rs, "recorded_at"), rs.getString("recorded_by"), rs.getString("note"));
    }
}
