package com.baobei.registration.erasure;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.visit.ErasureRequested;
import com.baobei.registration.dispute.DisputeRaised;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one erasure to this service's data: the content of every evidence file named by a dispute about the erased
 * client (tenant, project and masked number of the event's client key) is deleted; the row keeps its SHA-256, name and
 * who sent it. Recorded by the event's id in the same transaction, so a redelivery changes nothing.
 */
@Component
public class EvidenceErasure {

    private static final String REF = "evidence:";

    private final JdbcTemplate jdbc;

    public EvidenceErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The files erased by this event; 0 when it was applied before. */
    @Transactional
    public int apply(EventEnvelope event, ErasureRequested erasure, Instant now) {
        int fresh = jdbc.update("""
                        insert into erasure_applied (event_id, erasure_id, tenant_id, project_id, client_key, files_erased,
                            applied_at) values (?, ?, ?, ?, ?, 0, ?) on conflict (event_id) do nothing""",
                event.eventId(), erasure.erasureId(), event.tenantId(), event.projectId(), event.clientKey(),
                Timestamp.from(now));
        if (fresh == 0) {
            return 0;
        }
        String masked = event.clientKey().substring(event.clientKey().lastIndexOf(':') + 1);
        List<String> ids = evidenceOfDisputes(event.tenantId(), event.projectId(), masked);
        int erased = ids.isEmpty() ? 0 : jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    update evidence_file set content = null, erased_at = ?, erasure_id = ?
                     where tenant_id = ? and project_id = ? and evidence_id = any(?) and content is not null""");
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setString(2, erasure.erasureId());
            statement.setString(3, event.tenantId());
            statement.setString(4, event.projectId());
            statement.setArray(5, connection.createArrayOf("varchar", ids.toArray()));
            return statement;
        });
        jdbc.update("update erasure_applied set files_erased = ? where event_id = ?", erased, event.eventId());
        return erased;
    }

    /**
     * The evidence ids the client's disputes name, read from the stored {@link DisputeRaised} events themselves (the
     * event store is this service's record of disputes; there is no other copy to drift from it).
     */
    private List<String> evidenceOfDisputes(String tenantId, String projectId, String maskedPhone) {
        return jdbc.queryForList("""
                        select distinct ref from (
                            select jsonb_array_elements_text(coalesce(p -> 'evidenceRefs', '[]'::jsonb)) as ref
                              from (select convert_from(payload, 'UTF8')::jsonb as p from domain_event_entry
                                     where payload_type = ?) disputes
                             where p ->> 'tenantId' = ? and p ->> 'projectId' = ? and p ->> 'maskedPhone' = ?) refs
                         where ref like 'evidence:%'""", String.class,
                        DisputeRaised.class.getName(), tenantId, projectId, maskedPhone)
                .stream().map(ref -> ref.substring(REF.length())).toList();
    }
}
