package com.baobei.attribution.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads of the projection for the query API; bodies are the JSON of the published records. */
@Repository
public class ProjectionQueries {

    public record VerdictRow(String tenantId, String projectId, String clientKey, String body) {
    }

    public record ClientRow(String clientKey, String tenantId, String projectId, String body) {
    }

    public record PurchaseRow(String tenantId, String purchaseId, String clientKey, String body) {
    }

    private final JdbcTemplate jdbc;

    public ProjectionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<VerdictRow> verdicts(String registrationId) {
        return jdbc.query("select tenant_id, project_id, client_key, body::text from registration_verdict where registration_id = ?",
                (rs, row) -> new VerdictRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                registrationId);
    }

    public Optional<ClientRow> client(String clientKey) {
        return jdbc.query("select client_key, tenant_id, project_id, body::text from client_ownership where client_key = ?",
                (rs, row) -> new ClientRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                clientKey).stream().findFirst();
    }

    /** The client's earlier ownerships as a JSON array, oldest first. */
    public Optional<String> history(String clientKey) {
        return jdbc.queryForList("select history::text from client_ownership where client_key = ?", String.class, clientKey)
                .stream().findFirst();
    }

    public List<ClientRow> clientsByPhone(String projectId, String maskedPhone) {
        return jdbc.query("""
                        select client_key, tenant_id, project_id, body::text from client_ownership
                         where project_id = ? and masked_phone = ? order by client_key""",
                (rs, row) -> new ClientRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                projectId, maskedPhone);
    }

    public List<PurchaseRow> purchases(String projectId) {
        return jdbc.query("""
                        select tenant_id, purchase_id, client_key, body::text from purchase_attribution
                         where project_id = ? order by tenant_id, purchase_id""",
                (rs, row) -> new PurchaseRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                projectId);
    }

    public List<String> disputes(String projectId) {
        return jdbc.queryForList("select body::text from dispute_outcome where project_id = ? order by tenant_id, dispute_id",
                String.class, projectId);
    }
}
