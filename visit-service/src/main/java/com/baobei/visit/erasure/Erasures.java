package com.baobei.visit.erasure;

import com.baobei.contracts.Ids;
import com.baobei.contracts.visit.ErasureRequested.Trigger;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a client's full number (ADR 0033): deletes its {@code client_contact} row, records who asked, and announces it
 * to the other services through the event store, all in the caller's one transaction. The views and the event log keep
 * the masked number and the hash, so every decision stays. Erasing a number erased before deletes nothing and is
 * recorded all the same (the person asked again); nothing it does depends on being the first.
 */
@Component
public class Erasures {

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    public Erasures(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ErasureRecord erase(String tenantId, String phoneHash, Trigger trigger, String requestedBy, String reason,
                               Instant at) {
        String masked = maskedOf(tenantId, phoneHash).orElse(null);
        int erased = jdbc.update("delete from client_contact where tenant_id = ? and phone_hash = ?", tenantId,
                phoneHash);
        List<String> projects = masked == null ? List.of() : projectsOf(tenantId, phoneHash, masked);
        ErasureRecord record = new ErasureRecord(Ids.newId(), tenantId, phoneHash, masked, trigger, requestedBy,
                reason, at, erased, projects);
        jdbc.update("""
                        insert into erasure_request (erasure_id, tenant_id, phone_hash, masked_phone, trigger, requested_by,
                            reason, requested_at, full_numbers_erased, projects) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                record.erasureId(), tenantId, phoneHash, masked, trigger.name(), requestedBy, reason,
                Timestamp.from(at), erased, String.join(",", projects));
        if (!projects.isEmpty()) {
            commands.sendAndWait(new AnnounceErasure(record.erasureId(), tenantId, masked, phoneHash, trigger,
                    projects, at));
        }
        return record;
    }

    /** The tenant's erasures, newest first. */
    public List<ErasureRecord> of(String tenantId, int limit) {
        return jdbc.query("select * from erasure_request where tenant_id = ? order by requested_at desc, erasure_id "
                + "limit ?", ROW, tenantId, limit);
    }

    /** The masked form of a hashed number: from the kept contact, else from any fact that named it. */
    private Optional<String> maskedOf(String tenantId, String phoneHash) {
        return jdbc.queryForList("""
                        select masked_phone from client_contact where tenant_id = ? and phone_hash = ?
                        union all select masked_phone from visit_view where tenant_id = ? and phone_hash = ?
                        union all select masked_phone from purchase_view where tenant_id = ? and phone_hash = ?
                        union all select related_masked_phone from purchase_view where tenant_id = ? and related_phone_hash = ?
                        limit 1""", String.class, tenantId, phoneHash, tenantId, phoneHash, tenantId, phoneHash,
                tenantId, phoneHash).stream().filter(m -> m != null).findFirst();
    }

    /**
     * The projects where the client is known: visited, bought, related to a buyer, or disputed (a dispute names the
     * client by the masked number, as its client key does).
     */
    private List<String> projectsOf(String tenantId, String phoneHash, String masked) {
        return jdbc.queryForList("""
                        select project_id from visit_view where tenant_id = ? and phone_hash = ?
                        union select project_id from purchase_view where tenant_id = ? and (phone_hash = ? or related_phone_hash = ?)
                        union select project_id from dispute where tenant_id = ? and masked_phone = ?
                        order by 1""", String.class, tenantId, phoneHash, tenantId, phoneHash, phoneHash, tenantId,
                masked);
    }

    private static final RowMapper<ErasureRecord> ROW = (rs, row) -> new ErasureRecord(rs.getString("erasure_id"),
            rs.getString("tenant_id"), rs.getString("phone_hash"), rs.getString("masked_phone"),
            Trigger.valueOf(rs.getString("trigger")), rs.getString("requested_by"), rs.getString("reason"),
            rs.getTimestamp("requested_at").toInstant(), rs.getInt("full_numbers_erased"),
            rs.getString("projects").isEmpty() ? List.of() : Arrays.asList(rs.getString("projects").split(",")));
}
