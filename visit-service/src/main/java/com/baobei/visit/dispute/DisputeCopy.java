package com.baobei.visit.dispute;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.registration.Disputed;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code dispute}: every dispute raised, keyed by tenant and dispute id; the first record of one is kept. */
@Repository
public class DisputeCopy {

    private final JdbcTemplate jdbc;

    DisputeCopy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns whether the dispute was new: a redelivery or a replay changes nothing. */
    public boolean apply(EventEnvelope envelope) {
        Disputed data = (Disputed) envelope.data();
        return jdbc.update("""
                insert into dispute (tenant_id, dispute_id, project_id, kind, channel_id, masked_phone, event_id,
                                     raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, dispute_id) do nothing""",
                envelope.tenantId(), data.disputeId(), envelope.projectId(), data.kind().name(), data.channelId(),
                data.maskedPhone(), envelope.eventId(), Timestamp.from(envelope.occurredAt())) > 0;
    }

    public Optional<KnownDispute> find(String tenantId, String disputeId) {
        return jdbc.query("select project_id, kind, channel_id, masked_phone from dispute "
                        + "where tenant_id = ? and dispute_id = ?",
                (rs, row) -> new KnownDispute(tenantId, disputeId, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), tenantId, disputeId).stream().findFirst();
    }
}
