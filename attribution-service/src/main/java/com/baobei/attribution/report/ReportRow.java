package com.baobei.attribution.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One line of an RPT-1 report: a channel (agentId null) or an agent over one office day ({@code from} equals
 * {@code to}) or a period. Visits are REG-6's visited clients; the rates are percentages with one decimal, null
 * when their base is zero. Commission is not here: the commission service owns money (ADR 0028).
 */
public record ReportRow(String channelId, String agentId, LocalDate from, LocalDate to, int registrations,
                        int accepted, int rejected, Map<String, Integer> rejectedByRule, int clients, int visits,
                        BigDecimal visitRatePercent, int subscriptions, int contracts, BigDecimal conversionPercent,
                        int reg6PoorDays) {
}
