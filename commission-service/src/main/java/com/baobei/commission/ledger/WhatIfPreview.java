package com.baobei.commission.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What-if on everything the ledger knows (ADR 0032): the channel's deals, fines, issued statements and approved
 * adjustments, plus hypothetical changes (a cancellation, a late deal, a fine, an adjustment), shows the next open
 * statement before and after, and the lines the changes add or move. Issued statements stay as they are, so a change
 * to an issued period shows as adjustment lines, exactly as it would once it happens. Pure: nothing is stored.
 */
public final class WhatIfPreview {

    /** The hypothetical facts, already in the ledger's terms; a deal supersedes the live one of its purchase. */
    public record Changes(List<Deal> deals, List<Fine> fines, List<ManualAdjustment> adjustments) {

        public Changes {
            deals = deals == null ? List.of() : List.copyOf(deals);
            fines = fines == null ? List.of() : List.copyOf(fines);
            adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        }

        public boolean none() {
            return deals.isEmpty() && fines.isEmpty() && adjustments.isEmpty();
        }
    }

    /** One line whose amount differs between before and after (absent = 0). */
    public record LineChange(String section, String key, String description, BigDecimal before, BigDecimal after,
                             BigDecimal difference) {
    }

    /**
     * @param netPayableChange how much more (or less) the next statement pays
     * @param changedLines     every line of the next statement the changes add, remove or alter
     */
    public record Preview(Statement before, Statement after, BigDecimal netPayableChange,
                          BigDecimal carriedForwardChange, List<LineChange> changedLines) {
    }

    private WhatIfPreview() {
    }

    /** @param day a day of the period to preview; if that period is issued, the next open one is shown */
    public static Preview run(ChannelLedger.Input facts, Changes changes, LocalDate day) {
        ChannelLedger now = ChannelLedger.build(facts);
        List<Deal> deals = new ArrayList<>(facts.deals());
        deals.addAll(changes.deals());
        List<Fine> fines = new ArrayList<>(facts.fines());
        fines.addAll(changes.fines());
        List<ManualAdjustment> manual = new ArrayList<>(facts.manual());
        manual.addAll(changes.adjustments());
        ChannelLedger then = ChannelLedger.build(new ChannelLedger.Input(facts.tenantId(), facts.projectId(),
                facts.channelId(), facts.agreement(), deals, fines, facts.issued(), manual));
        Statement before = nextOpen(now, day);
        Statement after = then.statementFor(before.period().start());
        return new Preview(before, after, after.totals().netPayable().subtract(before.totals().netPayable()),
                after.totals().carriedForward().subtract(before.totals().carriedForward()), changed(before, after));
    }

    private static Statement nextOpen(ChannelLedger ledger, LocalDate day) {
        Statement statement = ledger.statementFor(day);
        return statement.wasIssued() ? ledger.statementFor(ledger.nextOpenAfter(statement.period()).start())
                : statement;
    }

    private static List<LineChange> changed(Statement before, Statement after) {
        Map<String, Row> was = rows(before);
        Map<String, Row> now = rows(after);
        List<LineChange> changes = new ArrayList<>();
        for (Map.Entry<String, Row> e : now.entrySet()) {
            Row old = was.get(e.getKey());
            BigDecimal b = old == null ? Money.ZERO : old.amount;
            if (old == null || b.compareTo(e.getValue().amount) != 0
                    || !Objects.equals(old.description, e.getValue().description)) {
                changes.add(change(e.getValue(), b, e.getValue().amount));
            }
        }
        for (Map.Entry<String, Row> e : was.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                changes.add(change(e.getValue(), e.getValue().amount, Money.ZERO));
            }
        }
        return changes;
    }

    private static LineChange change(Row row, BigDecimal before, BigDecimal after) {
        return new LineChange(row.section, row.key, row.description, before, after, after.subtract(before));
    }

    private record Row(String section, String key, String description, BigDecimal amount) {
    }

    private static Map<String, Row> rows(Statement s) {
        Map<String, Row> rows = new HashMap<>();
        for (DealLine d : s.deals()) {
            rows.put("deal|" + d.key(), new Row("deals", d.key(), d.status() + (d.exclusion() == null ? ""
                    : ": " + d.exclusion()), d.amount()));
        }
        for (AdjustmentLine a : s.adjustments()) {
            rows.put("adjustment|" + a.originalPeriod() + "|" + a.key(), new Row("adjustments", a.key(),
                    a.cause() + " " + a.originalPeriod().label() + ": " + a.reasonZh(), a.amount()));
        }
        for (ChargeLine c : s.charges()) {
            rows.put("charge|" + c.key(), new Row("charges", c.key(), c.kind() + (c.note() == null ? ""
                    : ": " + c.note()), c.amount()));
        }
        return rows;
    }

    /** For tests and callers that start from plain collections. */
    public static Changes changes(Collection<Deal> deals, Collection<Fine> fines,
                                  Collection<ManualAdjustment> adjustments) {
        return new Changes(List.copyOf(deals), List.copyOf(fines), List.copyOf(adjustments));
    }
}
