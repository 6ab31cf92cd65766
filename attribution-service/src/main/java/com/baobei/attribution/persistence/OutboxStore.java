package com.baobei.attribution.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The outbox rows the relay sends, oldest first. */
@Repository
public class OutboxStore {

    public record Entry(long id, String topic, String key, String eventId, String payload) {
    }

    private final JdbcTemplate jdbc;

    public OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One relay at a time across instances, so decisions about one key leave in the order they were made. */
    public boolean tryLockRelay() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select pg_try_advisory_xact_lock(hashtext('attribution-outbox-relay'))", Boolean.class));
    }

    public List<Entry> unsent(int limit) {
        return jdbc.query("select id, topic, record_key, event_id, payload from outbox where sent_at is null order by id limit ?",
                (rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                limit);
    }

    public void markSent(List<Entry> entries, Instant at) {
        Long[] ids = entries.stream().map(Entry::id).toArray(Long[]::new);
        jdbc.update(con -> {
            var ps = con.prepareStatement("update outbox set sent_at = ? where id = any(?)");
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setArray(2, con.createArrayOf("bigint", ids));
            return ps;
        });
    }

    public int purgeSentBefore(Instant cutoff) {
        return jdbc.update("delete from outbox where sent_at is not null and sent_at < ?", Timestamp.from(cutoff));
    }
}
