package com.baobei.commission.export;

import com.baobei.commission.ledger.AdjustmentLine;
import com.baobei.commission.ledger.ChargeLine;
import com.baobei.commission.ledger.DealLine;
import com.baobei.commission.ledger.Statement;
import com.baobei.commission.ledger.TierSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One statement as rows of cells (text or exact amounts): a short heading, the line table, then the totals, each
 * total's amount in the amount column so that a spreadsheet sum of the lines equals the net payable to the fen (less
 * a negative balance carried forward, ADR 0032). In Chinese, as finance offices read them (ADR 0032); ids and rule
 * ids as they are.
 */
public final class StatementTable {

    public static final List<String> COLUMNS = List.of("类型", "购房编号", "房号", "业态", "成交金额", "计佣时间", "状态",
            "档位", "费率%", "金额（元）", "原结算期", "原因", "事件", "规则", "说明");
    public static final int RATE = 8;
    public static final int AMOUNT = 9;
    public static final String GROSS = "佣金合计";
    public static final String ADJUSTMENTS = "调整合计";
    public static final String FINES = "罚款及扣减";
    public static final String CARRIED_IN = "上期结转";
    public static final String NET = "应付净额";
    public static final String CARRIED_FORWARD = "结转下期";
    public static final String DEAL = "成交";
    public static final String ADJUSTMENT = "调整";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A row is a list of cells; a cell is a String, a BigDecimal (money or rate) or null. */
    public record Table(List<List<Object>> heading, List<List<Object>> lines, List<List<Object>> totals) {
    }

    private StatementTable() {
    }

    public static Table of(Statement s, ZoneId zone) {
        List<List<Object>> heading = new ArrayList<>();
        heading.add(row("结算单", s.statementId()));
        heading.add(row("项目", s.projectId()));
        heading.add(row("渠道", s.channelId()));
        heading.add(row("结算期", s.period().label(), s.period().start().toString(), s.period().end().toString()));
        heading.add(row("状态", Words.state(s.state()), s.issuedAt() == null ? "" : time(s.issuedAt(), zone),
                s.issuedBy() == null ? "" : s.issuedBy()));
        TierSummary tier = s.tier();
        if (tier != null) {
            heading.add(row("跳点档位", String.valueOf(tier.tier()), tier.basis().name(), tier.mode().name(),
                    tier.basisValue().toPlainString(), tier.ratePercent().toPlainString() + "%"));
        }
        heading.add(row("协议版本", s.agreementVersion() == null ? "" : s.agreementVersion().toString()));

        List<List<Object>> lines = new ArrayList<>();
        for (DealLine d : s.deals()) {
            lines.add(Arrays.asList(DEAL, d.purchaseId(), d.unitId(), Words.unitType(d.unitType()),
                    d.dealAmount(), time(d.accruedAt(), zone), Words.status(d.status()),
                    d.tier() == null ? "" : d.tier().toString(), d.ratePercent(), d.commission(), "", "",
                    d.attributionEventId(), rules(d.attributionRuleIds(), d.ruleIds()),
                    d.exclusion() == null ? "" : d.exclusion()));
        }
        for (AdjustmentLine a : s.adjustments()) {
            lines.add(Arrays.asList(ADJUSTMENT, a.purchaseId() == null ? "" : a.purchaseId(), "", "",
                    a.dealAmount(), "", Words.status(a.dealStatus()), "", null, a.amount(),
                    a.originalPeriod().label(), Words.cause(a.cause()), a.causeEventId(), String.join(" ", a.ruleIds()),
                    a.reasonZh()));
        }
        for (ChargeLine c : s.charges()) {
            lines.add(Arrays.asList(Words.kind(c.kind()), c.agentId() == null ? "" : c.agentId(), "", "", null, "",
                    Words.target(c.target()), "", null, c.amount(), "", Words.reason(c.reason()),
                    c.fineId() == null ? "" : c.fineId(),
                    String.join(" ", c.ruleIds()), c.note() == null ? "" : c.note()));
        }
        List<List<Object>> totals = List.of(total(GROSS, s.totals().gross()),
                total(ADJUSTMENTS, s.totals().adjustments()), total(FINES, s.totals().fines()),
                total(CARRIED_IN, s.totals().carriedIn()), total(NET, s.totals().netPayable()),
                total(CARRIED_FORWARD, s.totals().carriedForward()));
        return new Table(heading, lines, totals);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static List<Object> total(String label, BigDecimal amount) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        for (int i = 1; i < AMOUNT; i++) {
            row.add("");
        }
        row.add(amount);
        return row;
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    private static String rules(List<String> attribution, List<String> commission) {
        return String.join(" ", Stream.concat(attribution.stream(), commission.stream()).distinct().toList());
    }
}
