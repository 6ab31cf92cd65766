package com.baobei.attribution.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Repository;

/**
 * The outbox: the publications of each fold in one row (V3), oldest first, read together with their
 * decisions' projection rows when memory does not hold them; a row is deleted once the broker
 * acknowledged all its publications.
 */
@Repository
public class OutboxStore {

    /**
     * A queued publication and the decision row as it stands now (null fields when the decision is
     * gone); {@code body} is the row's JSON as the UTF-8 bytes PostgreSQL sent; {@code id} is the
     * outbox row's.
     */
    public record Entry(long id, DecisionKind kind, String tenantId, String projectId, String decisionId, int publication,
                        byte[] body, String contentHash, int publications, String clientKey, Instant causedAt,
                        Instant updatedAt) {
    }

    /** One queued publication of an outbox row ({@code id}), with the event that caused it (null: none known). */
    public record Reference(long id, DecisionKind kind, String tenantId, String projectId, String decisionId,
                            int publication, String causeEventId) {
    }

    private static final int ROWS_PER_READ = 100;

    private static final String QUEUED = """
            select id, tenant_id, project_id, kinds, decision_ids, publication_numbers, cause_event_ids
              from outbox order by id limit ?""";

    /**
     * The projection rows of the given decisions, in the order given (ordinality). LATERAL makes each
     * one a primary-key look-up (a plain join lets the planner hash whole projection tables, which
     * grow without end).
     */
    private static final String ROWS = """
            select r.n, d.body, d.content_hash, d.publications, d.client_key, d.caused_at, d.updated_at
              from unnest(?::text[], ?::text[], ?::text[], ?::text[]) with ordinality
                   as r(kind, tenant_id, project_id, decision_id, n)
              left join lateral (
                    select v.body, v.content_hash, v.publications, v.client_key, v.caused_at, v.updated_at
                      from registration_verdict v
                     where r.kind = 'VERDICT' and v.tenant_id = r.tenant_id and v.project_id = r.project_id
                       and v.registration_id = r.decision_id
                    union all
                    select c.body, c.content_hash, c.publications, c.client_key, c.caused_at, c.updated_at
                      from client_ownership c
                     where r.kind = 'CLIENT' and c.client_key = r.decision_id
                    union all
                    select p.body, p.content_hash, p.publications, p.client_key, p.caused_at, p.updated_at
                      from purchase_attribution p
                     where r.kind = 'PURCHASE' and p.tenant_id = r.tenant_id and p.project_id = r.project_id
                       and p.purchase_id = r.decision_id
                    union all
                    select o.body, o.content_hash, o.publications, o.client_key, o.caused_at, o.updated_at
                      from dispute_outcome o
                     where r.kind = 'DISPUTE' and o.tenant_id = r.tenant_id and o.project_id = r.project_id
                       and o.dispute_id = r.decision_id) d on true
             order by r.n""";

    private final JdbcTemplate jdbc;

    public OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One relay at a time across instances, so decisions about one key leave in the order they were made. */
    public boolean tryLockRelay() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select pg_try_advisory_xact_lock(hashtext('attribution-outbox-relay'))", Boolean.class));
    }

    /** Queues a fold's publications, in the order made, as one row; in the caller's transaction. */
    public void queue(ProjectRef project, List<ProjectionChanges.Publication> publications) {
        if (publications.isEmpty()) {
            return;
        }
        String[] kinds = new String[publications.size()];
        String[] ids = new String[publications.size()];
        Integer[] numbers = new Integer[publications.size()];
        String[] causes = new String[publications.size()];
        for (int i = 0; i < kinds.length; i++) {
            ProjectionChanges.Publication p = publications.get(i);
            kinds[i] = p.kind().name();
            ids[i] = p.decisionId();
            numbers[i] = p.publication();
            causes[i] = p.causeEventId();
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into outbox (tenant_id, project_id, kinds, decision_ids, publication_numbers, cause_event_ids)
                    values (?, ?, ?, ?, ?, ?)""");
            ps.setString(1, project.tenantId());
            ps.setString(2, project.projectId());
            ps.setArray(3, con.createArrayOf("text", kinds));
            ps.setArray(4, con.createArrayOf("text", ids));
            ps.setArray(5, con.createArrayOf("integer", numbers));
            ps.setArray(6, con.createArrayOf("text", causes));
            return ps;
        });
    }

    /**
     * The oldest queued publications, in order: whole rows, until at least {@code limit} publications
     * (a row is never split, so it is deleted whole).
     */
    public List<Reference> queued(int limit) {
        List<Reference> refs = new ArrayList<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement(QUEUED);
            // inside the relay's transaction the driver then reads rows as they are needed: a fold's
            // row may list thousands of publications, so rows are not all read at once
            ps.setFetchSize(8);
            ps.setInt(1, ROWS_PER_READ);
            return ps;
        }, (ResultSetExtractor<Void>) rs -> {
            while (refs.size() < limit && rs.next()) {
                expand(rs, refs);
            }
            return null;
        });
        return refs;
    }

    /** These publications, in the order given, each with its decision's row as it stands now. */
    public List<Entry> withRows(List<Reference> refs) {
        String[] kinds = new String[refs.size()];
        String[] tenants = new String[refs.size()];
        String[] projects = new String[refs.size()];
        String[] ids = new String[refs.size()];
        for (int i = 0; i < kinds.length; i++) {
            Reference ref = refs.get(i);
            kinds[i] = ref.kind().name();
            tenants[i] = ref.tenantId();
            projects[i] = ref.projectId();
            ids[i] = ref.decisionId();
        }
        List<Entry> entries = new ArrayList<>(refs.size());
        jdbc.query(con -> {
            var ps = con.prepareStatement(ROWS);
            ps.setArray(1, con.createArrayOf("text", kinds));
            ps.setArray(2, con.createArrayOf("text", tenants));
            ps.setArray(3, con.createArrayOf("text", projects));
            ps.setArray(4, con.createArrayOf("text", ids));
            return ps;
        }, rs -> {
            Reference ref = refs.get(rs.getInt(1) - 1);
            entries.add(new Entry(ref.id(), ref.kind(), ref.tenantId(), ref.projectId(), ref.decisionId(), ref.publication(),
                    rs.getBytes(2), rs.getString(3), rs.getInt(4), rs.getString(5), instant(rs.getTimestamp(6)),
                    instant(rs.getTimestamp(7))));
        });
        return entries;
    }

    /** Acknowledged by the broker (or superseded): their rows leave the queue. */
    public void sent(List<Entry> entries) {
        Long[] ids = entries.stream().map(Entry::id).distinct().toArray(Long[]::new);
        jdbc.update(con -> {
            var ps = con.prepareStatement("delete from outbox where id = any(?)");
            ps.setArray(1, con.createArrayOf("bigint", ids));
            return ps;
        });
    }

    /**
     * The traceparents the given events arrived with (ADR 0026), by event id; events that carried none are absent.
     * Primary-key look-ups, one statement per relay batch.
     */
    public Map<String, String> traceParents(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement(
                    "select event_id, traceparent from project_event where event_id = any(?) and traceparent is not null");
            ps.setArray(1, con.createArrayOf("text", eventIds.toArray(String[]::new)));
            return ps;
        }, rs -> {
            found.put(rs.getString(1), rs.getString(2));
        });
        return found;
    }

    /** A row's publications, from its parallel arrays (V3), in the order the fold made them. */
    private static void expand(ResultSet rs, List<Reference> refs) throws SQLException {
        long id = rs.getLong(1);
        String tenant = rs.getString(2);
        String project = rs.getString(3);
        String[] kind = (String[]) rs.getArray(4).getArray();
        String[] decision = (String[]) rs.getArray(5).getArray();
        Integer[] number = (Integer[]) rs.getArray(6).getArray();
        Array causes = rs.getArray(7);
        String[] cause = causes == null ? new String[kind.length] : (String[]) causes.getArray();
        for (int i = 0; i < kind.length; i++) {
            refs.add(new Reference(id, DecisionKind.valueOf(kind[i]), tenant, project, decision[i], number[i], cause[i]));
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
