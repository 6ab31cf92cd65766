package com.baobei.attribution.persistence;

import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.RegistrationVerdict;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes a fold's changes to the projection tables and the outbox, in the caller's transaction, in batches. */
@Repository
public class ProjectionStore {

    private static final Logger log = LoggerFactory.getLogger(ProjectionStore.class);

    private final JdbcTemplate jdbc;

    public ProjectionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the projection holds for a project, by kind and decision id (used when memory has nothing current). */
    public Map<DecisionKind, Map<String, KnownDecision>> known(ProjectRef project) {
        Map<DecisionKind, Map<String, KnownDecision>> known = new EnumMap<>(DecisionKind.class);
        load(known, DecisionKind.VERDICT,
                "select registration_id, content_hash, content_hash, publications from registration_verdict where tenant_id = ? and project_id = ?",
                project);
        load(known, DecisionKind.CLIENT,
                "select client_key, content_hash, decision_hash, publications from client_ownership where tenant_id = ? and project_id = ?",
                project);
        load(known, DecisionKind.PURCHASE,
                "select purchase_id, content_hash, content_hash, publications from purchase_attribution where tenant_id = ? and project_id = ?",
                project);
        load(known, DecisionKind.DISPUTE,
                "select dispute_id, content_hash, content_hash, 0 from dispute_outcome where tenant_id = ? and project_id = ?",
                project);
        return known;
    }

    private void load(Map<DecisionKind, Map<String, KnownDecision>> known, DecisionKind kind, String sql, ProjectRef project) {
        Map<String, KnownDecision> byId = new HashMap<>();
        jdbc.query(sql, rs -> {
            byId.put(rs.getString(1), new KnownDecision(rs.getString(2), rs.getString(3), rs.getInt(4)));
        }, project.tenantId(), project.projectId());
        known.put(kind, byId);
    }

    public void apply(ProjectRef project, ProjectionChanges changes, Instant now) {
        long started = System.nanoTime();
        Timestamp at = Timestamp.from(now);
        String tenant = project.tenantId();
        String projectId = project.projectId();
        if (!changes.verdicts.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into registration_verdict (tenant_id, project_id, registration_id, client_key, channel_id,
                        masked_phone, verdict, body, content_hash, publications, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, project_id, registration_id) do update set client_key = excluded.client_key,
                        channel_id = excluded.channel_id, masked_phone = excluded.masked_phone, verdict = excluded.verdict,
                        body = excluded.body, content_hash = excluded.content_hash,
                        publications = excluded.publications, updated_at = excluded.updated_at""",
                    changes.verdicts, changes.verdicts.size(), (ps, row) -> {
                        RegistrationVerdict v = row.verdict();
                        ps.setString(1, tenant);
                        ps.setString(2, projectId);
                        ps.setString(3, v.registrationId());
                        ps.setString(4, row.clientKey());
                        ps.setString(5, v.channelId());
                        ps.setString(6, v.maskedPhone());
                        ps.setString(7, v.verdict() == null ? "UNKNOWN" : v.verdict().name());
                        ps.setString(8, row.json());
                        ps.setString(9, row.hash());
                        ps.setInt(10, row.publications());
                        ps.setTimestamp(11, at);
                    });
        }
        if (!changes.clients.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into client_ownership (client_key, tenant_id, project_id, masked_phone, owner_kind, channel_id,
                        status, body, history, content_hash, decision_hash, publications, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (client_key) do update set masked_phone = excluded.masked_phone,
                        owner_kind = excluded.owner_kind, channel_id = excluded.channel_id, status = excluded.status,
                        body = excluded.body, history = excluded.history, content_hash = excluded.content_hash,
                        decision_hash = excluded.decision_hash, publications = excluded.publications,
                        updated_at = excluded.updated_at""",
                    changes.clients, changes.clients.size(), (ps, row) -> {
                        OwnershipChanged c = row.decision().current();
                        ps.setString(1, row.decision().clientKey());
                        ps.setString(2, tenant);
                        ps.setString(3, projectId);
                        ps.setString(4, c == null ? null : c.maskedPhone());
                        ps.setString(5, c == null || c.ownerKind() == null ? "NONE" : c.ownerKind().name());
                        ps.setString(6, c == null ? null : c.channelId());
                        ps.setString(7, c == null || c.status() == null ? "REGISTERED" : c.status().name());
                        ps.setString(8, row.json());
                        ps.setString(9, row.historyJson());
                        ps.setString(10, row.contentHash());
                        ps.setString(11, row.decisionHash());
                        ps.setInt(12, row.publications());
                        ps.setTimestamp(13, at);
                    });
        }
        if (!changes.purchases.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into purchase_attribution (tenant_id, project_id, purchase_id, client_key, channel_id, body,
                        content_hash, publications, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, project_id, purchase_id) do update set client_key = excluded.client_key,
                        channel_id = excluded.channel_id, body = excluded.body, content_hash = excluded.content_hash,
                        publications = excluded.publications, updated_at = excluded.updated_at""",
                    changes.purchases, changes.purchases.size(), (ps, row) -> {
                        ps.setString(1, tenant);
                        ps.setString(2, projectId);
                        ps.setString(3, row.attribution().purchaseId());
                        ps.setString(4, row.clientKey());
                        ps.setString(5, row.attribution().channelId());
                        ps.setString(6, row.json());
                        ps.setString(7, row.hash());
                        ps.setInt(8, row.publications());
                        ps.setTimestamp(9, at);
                    });
        }
        if (!changes.disputes.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into dispute_outcome (tenant_id, project_id, dispute_id, client_key, channel_id, status,
                        proposed_owner_channel_id, body, content_hash, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, project_id, dispute_id) do update set client_key = excluded.client_key,
                        channel_id = excluded.channel_id, status = excluded.status,
                        proposed_owner_channel_id = excluded.proposed_owner_channel_id, body = excluded.body,
                        content_hash = excluded.content_hash, updated_at = excluded.updated_at""",
                    changes.disputes, changes.disputes.size(), (ps, row) -> {
                        DisputeDecision d = row.decision();
                        ps.setString(1, tenant);
                        ps.setString(2, projectId);
                        ps.setString(3, d.disputeId());
                        ps.setString(4, d.clientKey());
                        ps.setString(5, d.channelId());
                        ps.setString(6, d.status() == null ? "OPEN" : d.status().name());
                        ps.setString(7, d.proposedOwnerChannelId());
                        ps.setString(8, row.json());
                        ps.setString(9, row.hash());
                        ps.setTimestamp(10, at);
                    });
        }
        changes.removed.forEach((kind, ids) -> remove(project, kind, ids));
        long projected = System.nanoTime();
        if (!changes.publications.isEmpty()) {
            jdbc.batchUpdate("insert into outbox (topic, record_key, event_id, tenant_id, project_id, payload) values (?, ?, ?, ?, ?, ?)",
                    changes.publications, changes.publications.size(), (ps, row) -> {
                        ps.setString(1, row.topic());
                        ps.setString(2, row.key());
                        ps.setString(3, row.eventId());
                        ps.setString(4, tenant);
                        ps.setString(5, projectId);
                        ps.setString(6, row.payload());
                    });
        }
        if (log.isDebugEnabled()) {
            log.debug("wrote {}: {} verdicts, {} clients, {} purchases, {} disputes in {} ms, {} outbox rows in {} ms",
                    project.key(), changes.verdicts.size(), changes.clients.size(), changes.purchases.size(),
                    changes.disputes.size(), (projected - started) / 1_000_000, changes.publications.size(),
                    (System.nanoTime() - projected) / 1_000_000);
        }
    }

    /** A decision the fold no longer makes (its subject merged away, ID-3) leaves the projection. */
    private void remove(ProjectRef project, DecisionKind kind, List<String> ids) {
        String sql = switch (kind) {
            case VERDICT -> "delete from registration_verdict where tenant_id = ? and project_id = ? and registration_id = ?";
            case CLIENT -> "delete from client_ownership where tenant_id = ? and project_id = ? and client_key = ?";
            case PURCHASE -> "delete from purchase_attribution where tenant_id = ? and project_id = ? and purchase_id = ?";
            case DISPUTE -> "delete from dispute_outcome where tenant_id = ? and project_id = ? and dispute_id = ?";
        };
        List<Object[]> args = ids.stream().map(id -> new Object[] {project.tenantId(), project.projectId(), id}).toList();
        jdbc.batchUpdate(sql, args);
    }
}
