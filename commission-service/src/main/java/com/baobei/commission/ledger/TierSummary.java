package com.baobei.commission.ledger;

import com.baobei.commission.agreement.TierBasis;
import com.baobei.commission.agreement.TierMode;
import java.math.BigDecimal;

/**
 * The tier a period reached (COM-1): the basis value (deal count or amount of commissionable deals)
 * and the tier containing it, with its threshold and rate.
 */
public record TierSummary(TierBasis basis, TierMode mode, BigDecimal basisValue, int tier, BigDecimal from,
                          BigDecimal ratePercent, BigDecimal nextTierFrom, BigDecimal nextTierRatePercent) {
}
