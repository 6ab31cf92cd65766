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
 * One statement as rows of cells (text or exact amounts): a short heading, the line table with
 * bilingual column names, then the totals, each total's amount in the amount column so that a
 * spreadsheet sum of the lines equals the net payable to the fen.
 */
public final class StatementTable {

    public static final List<String> COLUMNS = List.of("类型 Kind", "购房编号 Purchase", "房号 Unit", "业态 Unit type",
            "成交金额 Deal amount", "计佣时间 Accrued at", "状态 Status", "档位 Tier", "费率% Rate %",
            "金额 Amount (CNY)", "原结算期 Original period", "原因 Cause", "事件 Event", "规则 Rules", "说明 Note");
    public static final int RATE = 8;
    public static final int AMOUNT = 9;
    public static final String GROSS = "佣金合计 Gross";
    public static final String ADJUSTMENTS = "调整合计 Adjustments";
    public static final String FINES = "罚款及扣减 Fines and deductions";
    public static final String NET = "应付净额 Net payable";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A row is a list of cells; a cell is a String, a BigDecimal (money or rate) or null. */
    public record Table(List<List<Object>> heading, List<List<Object>> lines, List<List<Object>> totals) {
    }

    private StatementTable() {
    }

    public static Table of(Statement s, ZoneId zone) {
        List<List<Object>> heading = new ArrayList<>();
        heading.add(row("结算单 Statement", s.statementId()));
        heading.add(row("项目 Project", s.projectId()));
        heading.add(row("渠道 Channel", s.channelId()));
        heading.add(row("结算期 Period", s.period().label(), s.period().start().toString(), s.period().end().toString()));
        heading.add(row("状态 State", s.state().name(), s.issuedAt() == null ? "" : time(s.issuedAt(), zone),
                s.issuedBy() == null ? "" : s.issuedBy()));
        TierSummary tier = s.tier();
        if (tier != null) {
            heading.add(row("跳点 Tier reached", String.valueOf(tier.tier()), tier.basis().name(), tier.mode().name(),
                    tier.basisValue().toPlainString(), tier.ratePercent().toPlainString() + "%"));
        }
        heading.add(row("协议版本 Agreement version", s.agreementVersion() == null ? "" : s.agreementVersion().toString()));

        List<List<Object>> lines = new ArrayList<>();
        for (DealLine d : s.deals()) {
            lines.add(Arrays.asList("成交 DEAL", d.purchaseId(), d.unitId(), d.unitType() == null ? "" : d.unitType().name(),
                    d.dealAmount(), time(d.accruedAt(), zone), d.status().name(),
                    d.tier() == null ? "" : d.tier().toString(), d.ratePercent(), d.commission(), "", "",
                    d.attributionEventId(), rules(d.attributionRuleIds(), d.ruleIds()),
                    d.exclusion() == null ? "" : d.exclusion()));
        }
        for (AdjustmentLine a : s.adjustments()) {
            lines.add(Arrays.asList("调整 ADJUSTMENT", a.purchaseId() == null ? "" : a.purchaseId(), "", "",
                    a.dealAmount(), "", a.dealStatus() == null ? "" : a.dealStatus().name(), "", null, a.amount(),
                    a.originalPeriod().label(), a.cause().name(), a.causeEventId(), String.join(" ", a.ruleIds()),
                    a.reasonZh() + " / " + a.reasonEn()));
        }
        for (ChargeLine c : s.charges()) {
            lines.add(Arrays.asList(chargeLabel(c), c.agentId() == null ? "" : c.agentId(), "", "", null, "",
                    c.target() == null ? "" : c.target().name(), "", null, c.amount(), "",
                    c.reason() == null ? "" : c.reason().name(), c.fineId() == null ? "" : c.fineId(),
                    String.join(" ", c.ruleIds()), c.note() == null ? "" : c.note()));
        }
        List<List<Object>> totals = List.of(total(GROSS, s.totals().gross()),
                total(ADJUSTMENTS, s.totals().adjustments()), total(FINES, s.totals().fines()),
                total(NET, s.totals().netPayable()));
        return new Table(heading, lines, totals);
    }

    private static String chargeLabel(ChargeLine c) {
        return switch (c.kind()) {
            case FINE -> "罚款 FINE";
            case FORFEIT -> "没收佣金 FORFEIT";
            case WITHHELD -> "暂停支付 WITHHELD";
        };
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
