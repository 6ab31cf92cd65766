package com.baobei.attribution.report;

import com.baobei.attribution.fold.DayFigures;
import com.baobei.attribution.fold.rules.Rpt1Reports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * RPT-1 over a range of office days: the fold's day rows ({@link DayFigures}) of channels or of agents, each day
 * on its own or summed over the period. A period's clients and visits are sums of days, as REG-6 judges days.
 */
public final class Rpt1Report {

    /** Whose rows: each channel's, or each agent's. */
    public enum By { CHANNEL, AGENT }

    /** Each office day on its own, or the whole range in one row. */
    public enum Per { DAY, PERIOD }

    private Rpt1Report() {
    }

    /** The rows of the range [from, to] the caller may see ({@code visible} is asked of channel and agent). */
    public static List<ReportRow> rows(List<DayFigures> days, LocalDate from, LocalDate to, By by, Per per,
                                       Predicate<DayFigures> visible) {
        Map<List<Object>, List<DayFigures>> groups = new LinkedHashMap<>();
        for (DayFigures d : days) {
            boolean agentRow = d.agentId() != null;
            if (agentRow != (by == By.AGENT) || d.day().isBefore(from) || d.day().isAfter(to) || !visible.test(d)) {
                continue;
            }
            List<Object> key = new ArrayList<>(3);
            key.add(d.channelId());
            key.add(d.agentId());
            key.add(per == Per.DAY ? d.day() : from);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<ReportRow> out = new ArrayList<>(groups.size());
        groups.values().forEach(group -> out.add(sum(group, per == Per.DAY ? group.get(0).day() : from,
                per == Per.DAY ? group.get(0).day() : to)));
        out.sort(Comparator.comparing(ReportRow::from).thenComparing(ReportRow::channelId)
                .thenComparing(ReportRow::agentId, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    /** One day's row as it stands: what a channel manager reports that evening. */
    public static ReportRow day(DayFigures d) {
        return sum(List.of(d), d.day(), d.day());
    }

    private static ReportRow sum(List<DayFigures> group, LocalDate from, LocalDate to) {
        int registrations = 0;
        int accepted = 0;
        int clients = 0;
        int visits = 0;
        int subscriptions = 0;
        int contracts = 0;
        int poorDays = 0;
        Map<String, Integer> rejected = new TreeMap<>();
        for (DayFigures d : group) {
            registrations += d.registrations();
            accepted += d.accepted();
            clients += d.clients();
            visits += d.visitedClients();
            subscriptions += d.subscriptions();
            contracts += d.contracts();
            poorDays += d.reg6PoorDay() ? 1 : 0;
            d.rejectedByRule().forEach((rule, n) -> rejected.merge(rule, n, Integer::sum));
        }
        DayFigures first = group.get(0);
        return new ReportRow(first.channelId(), first.agentId(), from, to, registrations, accepted,
                rejected.values().stream().mapToInt(Integer::intValue).sum(), rejected, clients, visits,
                Rpt1Reports.visitRatePercent(clients, visits), subscriptions, contracts,
                Rpt1Reports.conversionPercent(subscriptions, visits), poorDays);
    }

}
