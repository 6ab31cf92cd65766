package com.baobei.attribution.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads of the projection for the query API; bodies are the JSON of the published records. Every read is within
 * one tenant: ids and project ids are unique only there, and another tenant's rows are never read.
 */
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

    /** A tenant's verdicts of this registration id (one, as the producers make registration ids). */
    public List<VerdictRow> verdicts(String tenantId, String registrationId) {
        return jdbc.query("""
                        select tenant_id, project_id, client_key, body::text from registration_verdict
                         where tenant_id = ? and registration_id = ? order by project_id""",
                (rs, row) -> new VerdictRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                tenantId, registrationId);
    }

    /** The verdicts of several registrations in one query; each row names its registration first. */
    public List<IdentifiedVerdict> verdicts(String tenantId, java.util.Collection<String> registrationIds) {
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select registration_id, tenant_id, project_id, client_key, body::text from registration_verdict
                     where tenant_id = ? and registration_id = any(?) order by registration_id, project_id""");
            statement.setString(1, tenantId);
            statement.setArray(2, connection.createArrayOf("varchar", registrationIds.toArray()));
            return statement;
        }, (rs, row) -> new IdentifiedVerdict(rs.getString(1), new VerdictRow(rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5))));
    }

    public record IdentifiedVerdict(String registrationId, VerdictRow row) {
    }

    public Optional<ClientRow> client(ProjectRef project, String clientKey) {
        return jdbc.query("""
                        select client_key, tenant_id, project_id, body::text from client_ownership
                         where client_key = ? and tenant_id = ? and project_id = ?""",
                (rs, row) -> clientRow(rs), clientKey, project.tenantId(), project.projectId()).stream().findFirst();
    }

    /** The client's earlier ownerships as a JSON array, oldest first. */
    public Optional<String> history(ProjectRef project, String clientKey) {
        return jdbc.queryForList("""
                        select history::text from client_ownership
                         where client_key = ? and tenant_id = ? and project_id = ?""",
                String.class, clientKey, project.tenantId(), project.projectId()).stream().findFirst();
    }

    public List<ClientRow> clientsByPhone(ProjectRef project, String maskedPhone) {
        return jdbc.query("""
                        select client_key, tenant_id, project_id, body::text from client_ownership
                         where tenant_id = ? and project_id = ? and masked_phone = ? order by client_key""",
                (rs, row) -> clientRow(rs), project.tenantId(), project.projectId(), maskedPhone);
    }

    public List<PurchaseRow> purchases(ProjectRef project) {
        return jdbc.query("""
                        select tenant_id, purchase_id, client_key, body::text from purchase_attribution
                         where tenant_id = ? and project_id = ? order by purchase_id""",
                (rs, row) -> new PurchaseRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                project.tenantId(), project.projectId());
    }

    public List<String> disputes(ProjectRef project) {
        return jdbc.queryForList("""
                        select body::text from dispute_outcome where tenant_id = ? and project_id = ? order by dispute_id""",
                String.class, project.tenantId(), project.projectId());
    }

    /**
     * The fact a channel raised a dispute with (registration.Disputed.v1) as this service stored it, text already
     * redacted of full numbers (ID-4); null when unknown here.
     */
    public String disputed(ProjectRef project, String disputeId) {
        List<String> found = jdbc.queryForList("""
                        select payload::text from project_event
                         where tenant_id = ? and project_id = ? and event_type = 'registration.Disputed.v1'
                           and payload -> 'data' ->> 'disputeId' = ?
                         order by recorded_at desc limit 1""",
                String.class, project.tenantId(), project.projectId(), disputeId);
        return found.isEmpty() ? null : found.get(0);
    }

    private static ClientRow clientRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ClientRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}
