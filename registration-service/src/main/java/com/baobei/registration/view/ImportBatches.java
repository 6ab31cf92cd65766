package com.baobei.registration.view;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit log of history imports (ADR 0019): one row per batch, read by the tenant's own staff. Registrations with
 * their own times decide ownership, so who brought them in must be visible. An import commits in chunks (ADR 0034):
 * its batch is listed from the first chunk on, {@code rowsDone} of {@code rowCount} stored, and {@code finishedAt}
 * set by the last chunk; every chunk moves {@code rowsDone} in its own transaction, so the log never claims a row
 * that is not stored.
 */
@Component
public class ImportBatches {

    /**
     * One import: who brought how many rows into which project, when, spanning which registration times; how many
     * rows are stored so far, and when the last one was (null while the import is under way or interrupted).
     */
    public record Batch(String batchId, String tenantId, String projectId, String importedBy, Instant importedAt,
                        int rowCount, Instant earliestRegisteredAt, Instant latestRegisteredAt, int rowsDone,
                        Instant finishedAt) {
    }

    private final JdbcTemplate jdbc;

    ImportBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lists a new batch with nothing stored yet, unless the same import (same id) is already listed; answers the
     * batch as it is listed now. The first attempt's importer and time stay.
     */
    public Batch start(Batch batch, String fingerprint) {
        jdbc.update("insert into import_batch (batch_id, tenant_id, project_id, imported_by, imported_at, row_count, "
                        + "earliest_registered_at, latest_registered_at, rows_done, fingerprint) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?) on conflict do nothing",
                batch.batchId(), batch.tenantId(), batch.projectId(), batch.importedBy(),
                Timestamp.from(batch.importedAt()), batch.rowCount(), Timestamp.from(batch.earliestRegisteredAt()),
                Timestamp.from(batch.latestRegisteredAt()), fingerprint);
        return find(batch.tenantId(), batch.batchId()).orElseThrow(() -> new IllegalStateException(
                "batch " + batch.batchId() + " is listed for another tenant"));
    }

    /**
     * How many rows of the batch are stored, locking its row until the caller's transaction ends: two attempts at
     * the same import never store the same chunk twice, the second waits and then sees the first one's progress.
     */
    public int lockRowsDone(String batchId) {
        return jdbc.queryForObject("select rows_done from import_batch where batch_id = ? for update", Integer.class,
                batchId);
    }

    /** In the transaction that stored the rows up to {@code rowsDone}; the last chunk says when it finished. */
    public void advance(String batchId, int rowsDone, Instant finishedAt) {
        jdbc.update("update import_batch set rows_done = ?, finished_at = ? where batch_id = ?", rowsDone,
                finishedAt == null ? null : Timestamp.from(finishedAt), batchId);
    }

    public Optional<Batch> find(String tenantId, String batchId) {
        return jdbc.query("select * from import_batch where tenant_id = ? and batch_id = ?", ImportBatches::batch,
                tenantId, batchId).stream().findFirst();
    }

    /** A tenant's batches, newest first; of one project, or of all when projectId is null. */
    public List<Batch> of(String tenantId, String projectId, int limit) {
        String sql = "select * from import_batch where tenant_id = ?" + (projectId == null ? "" : " and project_id = ?")
                + " order by imported_at desc, batch_id limit ?";
        Object[] args = projectId == null ? new Object[] {tenantId, limit} : new Object[] {tenantId, projectId, limit};
        return jdbc.query(sql, ImportBatches::batch, args);
    }

    private static Batch batch(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Batch(rs.getString("batch_id"), rs.getString("tenant_id"), rs.getString("project_id"),
                rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(), rs.getInt("row_count"),
                rs.getTimestamp("earliest_registered_at").toInstant(),
                rs.getTimestamp("latest_registered_at").toInstant(), rs.getInt("rows_done"),
                finished == null ? null : finished.toInstant());
    }
}
