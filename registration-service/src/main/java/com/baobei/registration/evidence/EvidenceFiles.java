package com.baobei.registration.evidence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored files: written once, never changed, found only inside their tenant. */
@Repository
public class EvidenceFiles {

    /** A stored file; the bytes only when asked for. */
    public record Stored(String evidenceId, String tenantId, String projectId, String channelId, String uploadedBy,
                         String fileName, String contentType, int size, String sha256, Instant uploadedAt,
                         byte[] content) {
    }

    private final JdbcTemplate jdbc;

    public EvidenceFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void store(Stored file) {
        jdbc.update("""
                        insert into evidence_file (evidence_id, tenant_id, project_id, channel_id, uploaded_by, file_name,
                            content_type, size_bytes, sha256, content, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                file.evidenceId(), file.tenantId(), file.projectId(), file.channelId(), file.uploadedBy(),
                file.fileName(), file.contentType(), file.size(), file.sha256(), file.content(),
                java.sql.Timestamp.from(file.uploadedAt()));
    }

    public Optional<Stored> find(String tenantId, String evidenceId) {
        List<Stored> found = jdbc.query("""
                        select evidence_id, tenant_id, project_id, channel_id, uploaded_by, file_name, content_type,
                               size_bytes, sha256, uploaded_at, content
                          from evidence_file where tenant_id = ? and evidence_id = ?""",
                (rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant(), rs.getBytes(11)),
                tenantId, evidenceId);
        return found.stream().findFirst();
    }

    /** Which of these ids name files the channel sent at the project. */
    public Set<String> sentBy(String tenantId, String projectId, String channelId, Collection<String> evidenceIds) {
        if (evidenceIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select evidence_id from evidence_file
                     where tenant_id = ? and project_id = ? and channel_id = ? and evidence_id = any(?)""");
            statement.setString(1, tenantId);
            statement.setString(2, projectId);
            statement.setString(3, channelId);
            statement.setArray(4, connection.createArrayOf("varchar", evidenceIds.toArray()));
            return statement;
        }, (rs, row) -> rs.getString(1)).stream().collect(Collectors.toSet());
    }
}
