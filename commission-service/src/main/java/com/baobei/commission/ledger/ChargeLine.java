package com.baobei.commission.ledger;

import java.math.BigDecimal;
import java.util.List;

/** A deduction on a statement; {@code amount} is negative (or zero). */
public record ChargeLine(String key, ChargeKind kind, String fineId, FineReason reason, FineTarget target,
                         String agentId, int offenceNumber, BigDecimal amount, List<String> ruleIds, String note)
        implements MoneyLine {

    public ChargeLine {
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    @Override
    public String basisEventId() {
        return fineId;
    }
}
