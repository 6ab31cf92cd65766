package com.baobei.registration.masterdata.persistence;

import com.baobei.contracts.EventJson;
import com.baobei.contracts.masterdata.MasterDataKeys;
import com.baobei.contracts.masterdata.MasterDataKeys.Kind;
import com.baobei.registration.masterdata.MasterDataLookup;
import com.baobei.registration.masterdata.MasterEntity;
import com.baobei.registration.masterdata.MasterKeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * {@code master_data}: one row per entity, its state as JSON (the stored entity's form) beside the columns the
 * lookups filter on. Every query names the tenant.
 */
@Repository
public class MasterDataTable implements MasterDataLookup {

    private final JdbcTemplate jdbc;

    MasterDataTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void put(String tenantId, MasterEntity entity, Instant changedAt) {
        jdbc.update("""
                insert into master_data (tenant_id, kind, id, parent_id, active, body, changed_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?)
                on conflict (tenant_id, kind, id) do update
                set parent_id = excluded.parent_id, active = excluded.active, body = excluded.body,
                    changed_at = excluded.changed_at""",
                tenantId, MasterKeys.kind(entity).key(), MasterKeys.id(tenantId, entity), MasterKeys.parent(entity),
                entity.active(), write(entity), Timestamp.from(changedAt));
    }

    @Override
    public Optional<MasterEntity> find(String tenantId, Kind kind, String id) {
        return jdbc.query("select body from master_data where tenant_id = ? and kind = ? and id = ?",
                (rs, row) -> read(rs.getString(1)), tenantId, kind.key(), id).stream().findFirst();
    }

    /** The gate's four rows in one query; other questions go to the table as before. */
    @Override
    public MasterDataLookup forRegistration(String tenantId, String projectId, String channelId, String agentId) {
        String agentKey = MasterDataKeys.agentId(channelId, agentId);
        Map<String, MasterEntity> found = new HashMap<>();
        jdbc.query("select kind, id, body from master_data where tenant_id = ? and ((kind = ? and id = ?) "
                        + "or (kind = ? and id = ?) or (kind = ? and id = ?) or (kind = ? and id = ?))",
                (RowCallbackHandler) rs -> found.put(rs.getString(1) + '/' + rs.getString(2), read(rs.getString(3))),
                tenantId, Kind.TENANT.key(), tenantId, Kind.PROJECT.key(), projectId, Kind.CHANNEL.key(), channelId,
                Kind.AGENT.key(), agentKey);
        Map<String, String> asked = Map.of(Kind.TENANT.key(), String.valueOf(tenantId),
                Kind.PROJECT.key(), String.valueOf(projectId), Kind.CHANNEL.key(), String.valueOf(channelId),
                Kind.AGENT.key(), String.valueOf(agentKey));
        return (tenant, kind, id) -> tenantId.equals(tenant) && id != null && id.equals(asked.get(kind.key()))
                ? Optional.ofNullable(found.get(kind.key() + '/' + id))
                : find(tenant, kind, id);
    }

    /** Every entity of one kind of the tenant, by id. */
    public List<MasterEntity> all(String tenantId, Kind kind) {
        return jdbc.query("select body from master_data where tenant_id = ? and kind = ? order by id",
                (rs, row) -> read(rs.getString(1)), tenantId, kind.key());
    }

    /** The agents of a channel, the consultants of a project. */
    public List<MasterEntity> children(String tenantId, Kind kind, String parentId) {
        return jdbc.query("select body from master_data where tenant_id = ? and kind = ? and parent_id = ? order by id",
                (rs, row) -> read(rs.getString(1)), tenantId, kind.key(), parentId);
    }

    private static String write(MasterEntity entity) {
        try {
            return EventJson.mapper().writerFor(MasterEntity.class).writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MasterEntity read(String json) {
        try {
            return EventJson.mapper().readValue(json, MasterEntity.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
