package com.baobei.commission.persistence;

import com.baobei.commission.agreement.Agreement;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Agreements as whole versioned bodies, per tenant; every revision is kept. */
@Repository
public class AgreementRepository {

    public record Stored(Agreement agreement, Instant updatedAt, String updatedBy) {
    }

    private final JdbcTemplate jdbc;
    private final Json json;

    public AgreementRepository(JdbcTemplate jdbc, Json json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Stored> find(String tenantId, String projectId, String channelId) {
        return jdbc.query("""
                select body, updated_at, updated_by from agreement
                where tenant_id = ? and project_id = ? and channel_id = ?""",
                (rs, row) -> new Stored(json.read(rs.getString("body"), Agreement.class), Sql.instant(rs, "updated_at"),
                        rs.getString("updated_by")), tenantId, projectId, channelId).stream().findFirst();
    }

    public void save(String tenantId, Agreement agreement, Instant at, String by) {
        String body = json.write(agreement);
        jdbc.update("""
                insert into agreement (tenant_id, project_id, channel_id, revision, body, updated_at, updated_by)
                values (?, ?, ?, ?, ?::jsonb, ?, ?)
                on conflict (tenant_id, project_id, channel_id) do update set revision = excluded.revision,
                    body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                tenantId, agreement.projectId(), agreement.channelId(), agreement.revision(), body, Sql.ts(at), by);
        jdbc.update("""
                insert into agreement_revision (tenant_id, project_id, channel_id, revision, body, updated_at,
                                                updated_by)
                values (?, ?, ?, ?, ?::jsonb, ?, ?)""",
                tenantId, agreement.projectId(), agreement.channelId(), agreement.revision(), body, Sql.ts(at), by);
    }
}
