package com.baobei.commission.agreement;

import java.math.BigDecimal;

/**
 * One row of a tier table (跳点): applies from {@code from} (inclusive) up to {@code upTo}
 * (exclusive; null means "up to the next tier's from", or no limit for the last tier).
 * Counts: {@code from = 6} means "the 6th deal and beyond". Amounts in CNY.
 *
 * @param ratePercent commission in percent of the deal amount: {@code 1.2} means 1.2 %
 */
public record Tier(BigDecimal from, BigDecimal upTo, BigDecimal ratePercent) {

    public static Tier from(String from, String ratePercent) {
        return new Tier(new BigDecimal(from), null, new BigDecimal(ratePercent));
    }
}
