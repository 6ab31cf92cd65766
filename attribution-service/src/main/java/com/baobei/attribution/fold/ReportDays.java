package com.baobei.attribution.fold;

import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RPT-1's day rows, read off a folded project: registrations and their verdicts by the registration's office day,
 * REG-6's client counts as {@link QualityDays} kept them, and standing purchases by their subscription's and
 * contract's office day. One row per channel and day and one per agent and day.
 */
final class ReportDays {

    private record Key(String channel, String agent, LocalDate day) {
    }

    private static final class Row {
        int registrations;
        int accepted;
        final Map<String, Integer> rejected = new TreeMap<>();
        int subscriptions;
        int contracts;
        boolean poor;
    }

    private final ProjectFold f;
    private final Outcome outcome;
    private final Map<Key, Row> rows = new HashMap<>();

    ReportDays(ProjectFold f, Outcome outcome) {
        this.f = f;
        this.outcome = outcome;
    }

    List<DayFigures> figures() {
        registrations();
        purchases();
        Map<QualityDays.AgentDay, int[]> agents = QualityDays.agentCounts(f.regs);
        List<DayFigures> out = new ArrayList<>(rows.size());
        rows.forEach((key, row) -> {
            int[] clients = key.agent() == null ? f.quality.counts(key.channel(), key.day())
                    : agents.getOrDefault(new QualityDays.AgentDay(key.channel(), key.agent(), key.day()), new int[2]);
            out.add(new DayFigures(key.channel(), key.agent(), key.day(), row.registrations, row.accepted,
                    row.rejected, clients[0], clients[1], row.subscriptions, row.contracts, row.poor));
        });
        out.sort(Comparator.comparing(DayFigures::day).thenComparing(DayFigures::channelId)
                .thenComparing(DayFigures::agentId, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    private void registrations() {
        Map<String, RegistrationVerdict> verdicts = new HashMap<>();
        for (VerdictDecision v : outcome.verdicts()) {
            verdicts.put(v.verdict().registrationId(), v.verdict());
        }
        for (Reg reg : f.regs) {
            RegistrationVerdict verdict = verdicts.get(reg.id);
            if (reg.channel == null || verdict == null) {
                continue;
            }
            for (Row row : rows(reg.channel, reg.agent, reg.day)) {
                row.registrations++;
                if (verdict.verdict() == Verdict.REJECTED) {
                    List<String> rules = verdict.explanation().ruleIds();
                    row.rejected.merge(rules.isEmpty() ? "-" : rules.get(0), 1, Integer::sum);
                } else {
                    row.accepted++;
                }
            }
            // the judgement REG-6 makes of the registration's channel and day, asked of the same counts
            if (reg.counted && f.quality.poor(reg)) {
                row(reg.channel, null, reg.day).poor = true;
            }
        }
    }

    private void purchases() {
        for (PurchaseDecision decision : outcome.purchases()) {
            PurchaseAttributed a = decision.attribution();
            PurchaseRec rec = f.purchasesById.get(a.purchaseId());
            if (a.channelId() == null || a.cancelledAt() != null || rec == null) {
                continue;
            }
            ZoneId zone = rec.policy.zone();
            if (a.subscribedAt() != null) {
                for (Row row : rows(a, day(a.subscribedAt(), zone))) {
                    row.subscriptions++;
                }
            }
            if (a.contractedAt() != null) {
                for (Row row : rows(a, day(a.contractedAt(), zone))) {
                    row.contracts++;
                }
            }
        }
    }

    private Row[] rows(PurchaseAttributed a, LocalDate day) {
        return rows(a.channelId(), a.agentId(), day);
    }

    /** The channel's row and, when an agent is named, the agent's (an unnamed agent has no row of their own). */
    private Row[] rows(String channel, String agent, LocalDate day) {
        Row ofChannel = row(channel, null, day);
        return agent == null ? new Row[] {ofChannel} : new Row[] {ofChannel, row(channel, agent, day)};
    }

    private LocalDate day(Instant at, ZoneId zone) {
        return f.days.day(at, zone);
    }

    private Row row(String channel, String agent, LocalDate day) {
        return rows.computeIfAbsent(new Key(channel, agent, day), k -> new Row());
    }
}
