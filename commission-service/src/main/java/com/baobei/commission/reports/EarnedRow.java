package com.baobei.commission.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * RPT-1's commission column for one channel (agentId null) or agent over one office day ({@code from} equals
 * {@code to}) or a period: the deals accrued then and the commission their statement lines give them (CNY).
 */
public record EarnedRow(String channelId, String agentId, LocalDate from, LocalDate to, int deals,
                        BigDecimal commission) {
}
