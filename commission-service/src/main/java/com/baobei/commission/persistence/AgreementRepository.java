package com.baobei.commission.persistence;

import com.baobei.commission.agreement.Agreement;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Agreements as whole versioned bodies; every revision is kept. */
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

    public Optional<Stored> find(String projectId, String channelId) {
        return jdbc.query("select body, updated_at, updated_by from agreement where project_id = ? and channel_id = ?",
                (rs, row) -> new Stored(json.read(rs.getString("body"), Agreement.class), Sql.instant(rs, "updated_at"),
                        rs.getString("updated_by")), projectId, channelId).stream().findFirst();
    }

    public void save(Agreement agreement, Instant at, String by) {
        String body = json.write(agreement);
        jdbc.update("""
                insert into agreement (project_id, channel_id, revision, body, updated_at, updated_by)
                values (?, ?, ?, ?::jsonb, ?, ?)
                on conflict (project_id, channel_id) do update set revision = excluded.revision, body = excluded.body,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                agreement.projectId(), agreement.channelId(), agreement.revision(), body, Sql.ts(at), by);
        jdbc.update("""
                insert into agreement_revision (project_id, channel_id, revision, body, updated_at, updated_by)
                values (?, ?, ?, ?::jsonb, ?, ?)""",
                agreement.projectId(), agreement.channelId(), agreement.revision(), body, Sql.ts(at), by);
    }
}
