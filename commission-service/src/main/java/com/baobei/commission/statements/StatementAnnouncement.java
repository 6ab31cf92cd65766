package com.baobei.commission.statements;

import com.baobei.commission.ledger.Statement;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.commission.StatementIssued;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * {@code commission.StatementIssued.v1} for an issued statement. The published language counts
 * fines as a positive amount deducted ({@code netPayable = gross + adjustments - fines}), while a
 * statement carries them as negative lines; the sign is turned here, once.
 */
public final class StatementAnnouncement {

    private StatementAnnouncement() {
    }

    public static EventEnvelope of(Statement s, String tenantId) {
        if (!s.wasIssued()) {
            throw new IllegalArgumentException("only an issued statement is announced: " + s.statementId());
        }
        if (!s.statementId().startsWith(tenantId + ":")) {
            throw new IllegalArgumentException("statement " + s.statementId() + " is not of tenant " + tenantId);
        }
        StatementIssued data = new StatementIssued(s.statementId(), s.channelId(), s.period().start(), s.period().end(),
                s.totals().dealCount(), s.totals().gross(), s.totals().adjustments(), s.totals().fines(),
                s.totals().netPayable(), s.issuedAt(), s.issuedBy());
        return EventEnvelope.of(eventId(s.statementId()), tenantId, s.projectId(), null, s.issuedAt(), s.issuedAt(),
                data);
    }

    /**
     * One statement is issued once, so its announcement has one id however often it is sent. The statement id names
     * the tenant, so two developers' statements of a namesake project and channel are two events.
     */
    public static String eventId(String statementId) {
        return UUID.nameUUIDFromBytes(("commission.StatementIssued:" + statementId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * The record key on the statements topic: the channel within its tenant, so one channel's statements stay in
     * order while two developers' channels of the same id are not one key.
     */
    public static String recordKey(String tenantId, String channelId) {
        return tenantId + ":" + channelId;
    }
}
