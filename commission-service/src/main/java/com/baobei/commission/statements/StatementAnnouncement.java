package com.baobei.commission.statements;

import com.baobei.commission.ledger.AdjustmentLine;
import com.baobei.commission.ledger.ChargeLine;
import com.baobei.commission.ledger.DealLine;
import com.baobei.commission.ledger.Statement;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.commission.StatementIssued;
import com.baobei.contracts.commission.StatementIssued.Line;
import com.baobei.contracts.commission.StatementIssued.LineType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code commission.StatementIssued.v1} for an issued statement. A fine is a deduction and carries one sign everywhere:
 * negative on the statement's lines and totals, its JSON, CSV and XLSX, and in this event; nothing is turned here.
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
                s.totals().netPayable(), s.issuedAt(), s.issuedBy(), s.totals().carriedIn(),
                s.totals().carriedForward(), lines(s));
        return EventEnvelope.of(eventId(s.statementId()), tenantId, s.projectId(), null, s.issuedAt(), s.issuedAt(),
                data);
    }

    /** Every line, in the statement's order, so a partner can book the statement line by line (ADR 0032). */
    static List<Line> lines(Statement s) {
        List<Line> lines = new ArrayList<>();
        for (DealLine d : s.deals()) {
            List<String> rules = Stream.concat(d.attributionRuleIds().stream(), d.ruleIds().stream()).distinct().toList();
            lines.add(new Line(LineType.DEAL, d.key(), d.purchaseId(), null, null, null, d.status().name(), null,
                    d.commission(), rules, text(d.exclusion())));
        }
        for (AdjustmentLine a : s.adjustments()) {
            String manual = a.key().startsWith("manual:") ? a.key().substring("manual:".length()) : null;
            lines.add(new Line(LineType.ADJUSTMENT, a.key(), a.purchaseId(), a.fineId(), manual,
                    a.originalPeriod().start(), a.dealStatus() == null ? null : a.dealStatus().name(), a.cause().name(),
                    a.amount(), a.ruleIds(), text(a.reasonZh())));
        }
        for (ChargeLine c : s.charges()) {
            lines.add(new Line(LineType.valueOf(c.kind().name()), c.key(), null, c.fineId(), null, null, null,
                    c.reason() == null ? null : c.reason().name(), c.amount(), c.ruleIds(), text(c.note())));
        }
        return lines;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
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
