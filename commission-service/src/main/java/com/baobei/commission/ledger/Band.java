package com.baobei.commission.ledger;

import java.math.BigDecimal;

/** The part of a deal's amount that falls in one tier, for marginal tiers by amount (a deal may straddle a threshold). */
public record Band(int tier, BigDecimal portion, BigDecimal ratePercent) {
}
