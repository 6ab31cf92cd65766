package com.baobei.messaging;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.masterdata.MasterDataChanged;
import com.baobei.contracts.masterdata.MasterDataKeys.Kind;
import com.baobei.contracts.masterdata.MasterDataKeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code master_data}: the latest state of every entity of every tenant, as the topic said it. A record replaces a
 * row only when it was recorded later, so a redelivery, a replay from the start, or an older record arriving late
 * changes nothing. Each reader of master data (visit, attribution, commission) keeps the table in its own database,
 * made by its own migration; the services import this class rather than keep three copies of it.
 */
public class MasterDataCopy {

    private final JdbcTemplate jdbc;

    public MasterDataCopy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns whether the row changed. */
    public boolean apply(EventEnvelope envelope) {
        MasterDataChanged data = (MasterDataChanged) envelope.data();
        return jdbc.update("""
                insert into master_data (tenant_id, kind, id, active, body, event_id, recorded_at)
                values (?, ?, ?, ?, ?::jsonb, ?, ?)
                on conflict (tenant_id, kind, id) do update
                set active = excluded.active, body = excluded.body, event_id = excluded.event_id,
                    recorded_at = excluded.recorded_at
                where master_data.recorded_at < excluded.recorded_at""",
                envelope.tenantId(), MasterDataKeys.kind(data).key(), MasterDataKeys.id(envelope), data.active(),
                write(data), envelope.eventId(), Timestamp.from(envelope.recordedAt())) > 0;
    }

    public <T extends MasterDataChanged> Optional<T> find(String tenantId, Kind kind, String id) {
        return jdbc.query("select body from master_data where tenant_id = ? and kind = ? and id = ?",
                (rs, row) -> read(rs.getString(1), kind), tenantId, kind.key(), id).stream().findFirst()
                .map(found -> {
                    @SuppressWarnings("unchecked")
                    T typed = (T) found;
                    return typed;
                });
    }

    private static String write(MasterDataChanged data) {
        try {
            return EventJson.mapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MasterDataChanged read(String body, Kind kind) {
        try {
            return EventJson.mapper().readValue(body, kind.dataClass());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
