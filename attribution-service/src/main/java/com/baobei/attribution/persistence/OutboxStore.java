package com.baobei.attribution.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox: references to decisions to publish, oldest first, each read together with its
 * decision's projection row; deleted once the broker acknowledged them.
 */
@Repository
public class OutboxStore {

    /**
     * A queued publication and the decision row as it stands now (null fields when the decision is
     * gone); {@code body} is the row's JSON as the UTF-8 bytes PostgreSQL sent. {@code payload}, {@code topic} and {@code key} are set only on rows queued before V2.
     */
    public record Entry(long id, DecisionKind kind, String tenantId, String projectId, String decisionId, int publication,
                        byte[] body, String contentHash, int publications, String clientKey, Instant causedAt,
                        Instant updatedAt, String topic, String key, String payload) {
    }

    /** A queued reference alone; {@code payload}, {@code topic} and {@code key} only on rows queued before V2. */
    public record Reference(long id, DecisionKind kind, String tenantId, String projectId, String decisionId,
                            int publication, String topic, String key, String payload) {

        /** A row queued before V2 carries its whole message. */
        public Entry legacy() {
            return new Entry(id, kind, tenantId, projectId, decisionId, publication, null, null, 0, null, null, null, topic,
                    key, payload);
        }
    }

    private static final String QUEUED = """
            select id, kind, tenant_id, project_id, decision_id, publication, topic, record_key, payload
              from outbox order by id limit ?""";

    /**
     * References, each with its decision's row. LATERAL makes each row one primary-key
     * look-up (a plain join lets the planner hash whole projection tables, which grow without end).
     */
    private static final String PENDING = """
            select o.id, o.kind, o.tenant_id, o.project_id, o.decision_id, o.publication,
                   d.body, d.content_hash, d.publications, d.client_key, d.caused_at, d.updated_at,
                   o.topic, o.record_key, o.payload
              from (select * from outbox where id = any(?)) o
              left join lateral (
                    select v.body, v.content_hash, v.publications, v.client_key, v.caused_at, v.updated_at
                      from registration_verdict v
                     where o.kind = 'VERDICT' and v.tenant_id = o.tenant_id and v.project_id = o.project_id
                       and v.registration_id = o.decision_id
                    union all
                    select c.body, c.content_hash, c.publications, c.client_key, c.caused_at, c.updated_at
                      from client_ownership c
                     where o.kind = 'CLIENT' and c.client_key = o.decision_id
                    union all
                    select p.body, p.content_hash, p.publications, p.client_key, p.caused_at, p.updated_at
                      from purchase_attribution p
                     where o.kind = 'PURCHASE' and p.tenant_id = o.tenant_id and p.project_id = o.project_id
                       and p.purchase_id = o.decision_id) d on true
             order by o.id""";

    private final JdbcTemplate jdbc;

    public OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One relay at a time across instances, so decisions about one key leave in the order they were made. */
    public boolean tryLockRelay() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select pg_try_advisory_xact_lock(hashtext('attribution-outbox-relay'))", Boolean.class));
    }

    /** The oldest queued references, in order. */
    public List<Reference> queued(int limit) {
        return jdbc.query(QUEUED, (rs, row) -> {
            String kind = rs.getString(2);
            return new Reference(rs.getLong(1), kind == null ? null : DecisionKind.valueOf(kind), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9));
        }, limit);
    }

    /** These references, in id order, each with its decision's row as it stands now. */
    public List<Entry> pending(List<Long> ids) {
        return jdbc.query(con -> {
            var ps = con.prepareStatement(PENDING);
            ps.setArray(1, con.createArrayOf("bigint", ids.toArray()));
            return ps;
        }, OutboxStore::entry);
    }

    /** Acknowledged by the broker (or superseded): the rows leave the queue. */
    public void sent(List<Entry> entries) {
        Long[] ids = entries.stream().map(Entry::id).toArray(Long[]::new);
        jdbc.update(con -> {
            var ps = con.prepareStatement("delete from outbox where id = any(?)");
            ps.setArray(1, con.createArrayOf("bigint", ids));
            return ps;
        });
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString(2);
        return new Entry(rs.getLong(1), kind == null ? null : DecisionKind.valueOf(kind), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getBytes(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)), rs.getString(13), rs.getString(14),
                rs.getString(15));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
