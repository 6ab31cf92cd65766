package com.baobei.commission.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Consumed events by tenant and id: recorded in the same transaction as their effect, so a re-send is recognised. */
@Repository
public class InboxRepository {

    private final JdbcTemplate jdbc;

    public InboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns false when the event was consumed before. */
    public boolean record(String tenantId, String eventId, String eventType, String projectId, String topic,
                          int partition, long offset, String payload) {
        return jdbc.update("""
                insert into inbox (tenant_id, event_id, event_type, project_id, topic, kafka_partition, kafka_offset,
                                   payload)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, event_id) do nothing""",
                tenantId, eventId, eventType, projectId, topic, partition, offset, payload) == 1;
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from inbox", Long.class);
        return n == null ? 0 : n;
    }
}
