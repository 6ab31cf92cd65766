package com.baobei.demo.month;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A channel's commission agreement for a project (COM-1…COM-3): a tier table by deal count or amount,
 * retroactive or marginal, the trigger, and a custom first settlement period ending on {@code firstPeriodEnd}.
 *
 * @param basis DEAL_COUNT or DEAL_AMOUNT
 * @param mode  RETROACTIVE or MARGINAL
 * @param trigger SUBSCRIPTION or CONTRACT
 */
public record Agreement(String tenantId, String projectId, String channelId, LocalDate effectiveFrom,
                        LocalDate firstPeriodEnd, String basis, String mode, String trigger, List<Tier> tiers) {

    public Agreement {
        tiers = List.copyOf(tiers);
    }

    /** From {@code from} (deal count, or CNY) on, {@code ratePercent} percent of the deal amount. */
    public record Tier(BigDecimal from, BigDecimal ratePercent) {
    }
}
