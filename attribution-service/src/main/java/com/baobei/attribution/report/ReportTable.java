package com.baobei.attribution.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RPT-1 rows as cells under bilingual headings, Chinese first: the table a channel manager pastes into the
 * office's evening report. A cell is a String, an Integer, a BigDecimal (a percentage) or null (no base).
 */
public final class ReportTable {

    public static final List<String> COLUMNS = List.of("渠道 Channel", "经纪人 Agent", "起 From", "止 To",
            "报备 Registrations", "有效 Accepted", "无效 Rejected", "无效规则 Rejected by rule", "报备客户 Clients",
            "到访 Visits", "到访率% Visit rate %", "认购 Subscriptions", "签约 Contracts", "转化率% Conversion %",
            "REG-6 低质日 Poor days");

    private ReportTable() {
    }

    public static List<List<Object>> cells(List<ReportRow> rows) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (ReportRow r : rows) {
            out.add(Arrays.asList(r.channelId(), r.agentId() == null ? "" : r.agentId(), r.from().toString(),
                    r.to().toString(), r.registrations(), r.accepted(), r.rejected(), byRule(r), r.clients(),
                    r.visits(), r.visitRatePercent(), r.subscriptions(), r.contracts(), r.conversionPercent(),
                    r.reg6PoorDays()));
        }
        return out;
    }

    private static String byRule(ReportRow r) {
        return r.rejectedByRule().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
    }
}
