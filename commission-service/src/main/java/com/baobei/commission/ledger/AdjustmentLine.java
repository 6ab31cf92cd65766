package com.baobei.commission.ledger;

import com.baobei.commission.agreement.Period;
import java.math.BigDecimal;
import java.util.List;

/**
 * COM-5: money that moved for an issued period, booked on a later open statement, citing the deal
 * (or fine), the cause and the original period. {@code amount = after - before}.
 *
 * @param key           the line of the original period this adjusts ({@code deal:<id>}, {@code fine:<id>:<n>}, ...)
 * @param causeEventId  the event (or fine, or agreement change) that moved the money
 * @param basisEventId  the event the new amount is based on (for a tier move: the deal's own, unchanged one)
 * @param before        what the original period had paid for this line, issued adjustments included
 * @param after         what the line is worth now
 * @param dealStatus    for deals: the deal's status now
 */
public record AdjustmentLine(Period originalPeriod, String key, String purchaseId, String fineId,
                             AdjustmentCause cause, String causeEventId, String basisEventId, BigDecimal dealAmount,
                             DealStatus dealStatus, BigDecimal before, BigDecimal after, BigDecimal amount,
                             List<String> ruleIds, String reasonZh, String reasonEn) implements MoneyLine {

    public AdjustmentLine {
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }
}
