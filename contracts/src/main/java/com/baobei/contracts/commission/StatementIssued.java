package com.baobei.contracts.commission;

import com.baobei.contracts.EventData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code commission.StatementIssued.v1}: finance issued a channel's statement for a period; it
 * never changes afterwards (COM-5). Amounts in CNY, to the fen.
 */
public record StatementIssued(
        String statementId,
        String channelId,
        LocalDate periodStart,
        LocalDate periodEnd,
        int dealCount,
        BigDecimal gross,
        BigDecimal adjustments,
        BigDecimal fines,
        BigDecimal netPayable,
        Instant issuedAt,
        String issuedBy) implements EventData {
}
