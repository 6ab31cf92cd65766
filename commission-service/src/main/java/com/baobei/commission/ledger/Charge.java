package com.baobei.commission.ledger;

import java.math.BigDecimal;

/** One amount of a fine, against the channel or one of its agents; a positive number, deducted from the statement. */
public record Charge(FineTarget target, String agentId, BigDecimal amount) {
}
