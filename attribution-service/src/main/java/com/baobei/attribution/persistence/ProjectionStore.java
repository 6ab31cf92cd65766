package com.baobei.attribution.persistence;

import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.RegistrationVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a fold's changes to the projection tables and the outbox, in the caller's transaction: new
 * rows with COPY, changed rows with one batch of upserts per table.
 */
@Repository
public class ProjectionStore {

    private static final Logger log = LoggerFactory.getLogger(ProjectionStore.class);

    private static final RowTable VERDICTS = new RowTable("registration_verdict", "tenant_id, project_id, "
            + "registration_id, client_key, channel_id, masked_phone, verdict, body, content_hash, publications, updated_at, "
            + "caused_at",
            "tenant_id, project_id, registration_id");
    private static final RowTable CLIENTS = new RowTable("client_ownership", "client_key, tenant_id, project_id, "
            + "masked_phone, owner_kind, channel_id, status, body, history, content_hash, decision_hash, publications, "
            + "updated_at, caused_at", "client_key");
    private static final RowTable PURCHASES = new RowTable("purchase_attribution", "tenant_id, project_id, purchase_id, "
            + "client_key, channel_id, body, content_hash, publications, updated_at, caused_at",
            "tenant_id, project_id, purchase_id");
    private static final RowTable DISPUTES = new RowTable("dispute_outcome", "tenant_id, project_id, dispute_id, client_key, "
            + "channel_id, status, proposed_owner_channel_id, body, content_hash, publications, updated_at, caused_at",
            "tenant_id, project_id, dispute_id");

    private final JdbcTemplate jdbc;
    private final OutboxStore outbox;

    public ProjectionStore(JdbcTemplate jdbc, OutboxStore outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
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
                "select dispute_id, content_hash, content_hash, publications from dispute_outcome where tenant_id = ? "
                        + "and project_id = ?",
                project);
        return known;
    }

    private void load(Map<DecisionKind, Map<String, KnownDecision>> known, DecisionKind kind, String sql, ProjectRef project) {
        Map<String, KnownDecision> byId = new HashMap<>();
        jdbc.query(sql, rs -> {
            String content = rs.getString(2);
            String row = rs.getString(3);
            // a verdict's, purchase's and dispute's row hash is its content hash: one string, not two equal copies
            // (at 300,000 verdicts the second copies were 16 MB of the attribution service's heap)
            byId.put(rs.getString(1), new KnownDecision(content, content.equals(row) ? content : row, rs.getInt(4)));
        }, project.tenantId(), project.projectId());
        known.put(kind, byId);
    }

    public void apply(ProjectRef project, ProjectionChanges changes, Instant now) {
        long started = System.nanoTime();
        String tenant = project.tenantId();
        String projectId = project.projectId();
        write(VERDICTS, changes.verdicts, ProjectionChanges.Verdict::fresh, row -> {
            RegistrationVerdict v = row.verdict();
            return new Object[] {tenant, projectId, v.registrationId(), row.clientKey(), v.channelId(), v.maskedPhone(),
                    v.verdict() == null ? "UNKNOWN" : v.verdict().name(), row.json(), row.hash(), row.publications(), now,
                    row.causedAt()};
        });
        write(CLIENTS, changes.clients, ProjectionChanges.Client::fresh, row -> {
            OwnershipChanged c = row.decision().current();
            return new Object[] {row.decision().clientKey(), tenant, projectId, c == null ? null : c.maskedPhone(),
                    c == null || c.ownerKind() == null ? "NONE" : c.ownerKind().name(), c == null ? null : c.channelId(),
                    c == null || c.status() == null ? "REGISTERED" : c.status().name(), row.json(), row.historyJson(),
                    row.contentHash(), row.decisionHash(), row.publications(), now, row.causedAt()};
        });
        write(PURCHASES, changes.purchases, ProjectionChanges.Purchase::fresh, row -> new Object[] {tenant, projectId,
                row.attribution().purchaseId(), row.clientKey(), row.attribution().channelId(), row.json(), row.hash(),
                row.publications(), now, row.causedAt()});
        write(DISPUTES, changes.disputes, ProjectionChanges.Dispute::fresh, row -> {
            DisputeDecision d = row.decision();
            return new Object[] {tenant, projectId, d.disputeId(), d.clientKey(), d.channelId(),
                    d.status() == null ? "OPEN" : d.status().name(), d.proposedOwnerChannelId(), row.json(), row.hash(),
                    row.publications(), now, row.causedAt()};
        });
        changes.removed.forEach((kind, ids) -> remove(project, kind, ids));
        long projected = System.nanoTime();
        outbox.queue(project, changes.publications);
        if (log.isDebugEnabled()) {
            log.debug("wrote {}: {} verdicts, {} clients, {} purchases, {} disputes in {} ms, {} outbox rows in {} ms",
                    project.key(), changes.verdicts.size(), changes.clients.size(), changes.purchases.size(),
                    changes.disputes.size(), (projected - started) / 1_000_000, changes.publications.size(),
                    (System.nanoTime() - projected) / 1_000_000);
        }
    }

    private <T> void write(RowTable table, List<T> rows, Predicate<T> fresh, Function<T, Object[]> values) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (T row : rows) {
            (fresh.test(row) ? inserts : updates).add(values.apply(row));
        }
        table.write(jdbc, inserts, updates);
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
