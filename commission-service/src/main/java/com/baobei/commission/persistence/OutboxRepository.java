package com.baobei.commission.persistence;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Events to publish, written in the transaction of the change they announce; the relay sends and marks them. */
@Repository
public class OutboxRepository {

    public record Pending(long id, String eventId, String topic, String key, byte[] payload) {
    }

    private final JdbcTemplate jdbc;

    public OutboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String tenantId, String eventId, String topic, String key, byte[] payload) {
        jdbc.update("insert into outbox (tenant_id, event_id, topic, record_key, payload) values (?, ?, ?, ?, ?) "
                + "on conflict (event_id) do nothing", tenantId, eventId, topic, key, payload);
    }

    /** Locks a batch of unpublished rows for this transaction; other relays skip them. */
    public List<Pending> claim(int limit) {
        return jdbc.query("""
                select id, event_id, topic, record_key, payload from outbox where published_at is null
                order by id limit ? for update skip locked""",
                (rs, row) -> new Pending(rs.getLong("id"), rs.getString("event_id"), rs.getString("topic"),
                        rs.getString("record_key"), rs.getBytes("payload")), limit);
    }

    public void markPublished(List<Long> ids) {
        jdbc.batchUpdate("update outbox set published_at = now() where id = ?",
                ids.stream().map(id -> new Object[] {id}).toList());
    }

    public long unpublished() {
        Long n = jdbc.queryForObject("select count(*) from outbox where published_at is null", Long.class);
        return n == null ? 0 : n;
    }
}
