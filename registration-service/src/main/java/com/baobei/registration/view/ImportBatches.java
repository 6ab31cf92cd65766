package com.baobei.registration.view;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit log of history imports (ADR 0019): one row per batch, written in the import's transaction, read by the
 * tenant's own staff. Registrations with their own times decide ownership, so who brought them in must be visible.
 */
@Component
public class ImportBatches {

    /** One import: who brought how many rows into which project, when, spanning which registration times. */
    public record Batch(String batchId, String tenantId, String projectId, String importedBy, Instant importedAt,
                        int rowCount, Instant earliestRegisteredAt, Instant latestRegisteredAt) {
    }

    private final JdbcTemplate jdbc;

    ImportBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the import's transaction, so the log and the registrations commit together. */
    public void record(Batch batch) {
        jdbc.update("insert into import_batch (batch_id, tenant_id, project_id, imported_by, imported_at, row_count, "
                        + "earliest_registered_at, latest_registered_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                batch.batchId(), batch.tenantId(), batch.projectId(), batch.importedBy(),
                Timestamp.from(batch.importedAt()), batch.rowCount(), Timestamp.from(batch.earliestRegisteredAt()),
                Timestamp.from(batch.latestRegisteredAt()));
    }

    /** A tenant's batches, newest first; of one project, or of all when projectId is null. */
    public List<Batch> of(String tenantId, String projectId, int limit) {
        String sql = "select * from import_batch where tenant_id = ?" + (projectId == null ? "" : " and project_id = ?")
                + " order by imported_at desc, batch_id limit ?";
        Object[] args = projectId == null ? new Object[] {tenantId, limit} : new Object[] {tenantId, projectId, limit};
        return jdbc.query(sql, (rs, i) -> new Batch(rs.getString("batch_id"), rs.getString("tenant_id"),
                rs.getString("project_id"), rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(),
                rs.getInt("row_count"), rs.getTimestamp("earliest_registered_at").toInstant(),
                rs.getTimestamp("latest_registered_at").toInstant()), args);
    }
}
