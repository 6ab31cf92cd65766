package com.baobei.commission.ledger;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.Period;
import com.baobei.contracts.UnitType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What-if: the statement a period would get under an agreement, and what one more deal of a given
 * amount would pay, showing whether it crosses a tier and how much it lifts the other deals (COM-1).
 * It looks at the period's own worth: no issued statements, so no adjustments; {@link WhatIfPreview} looks at
 * everything, issued statements and adjustments included.
 */
public final class WhatIf {

    public static final String EXTRA_DEAL_ID = "what-if";

    /** @param remainingToNextTier deals (or CNY) still missing to reach the next tier before the extra deal; null at the top */
    public record OneMore(BigDecimal amount, Instant accruedAt, TierSummary tierBefore, TierSummary tierAfter,
                          boolean crossesTier, BigDecimal remainingToNextTier, BigDecimal ownCommission,
                          BigDecimal liftOfOtherDeals, BigDecimal totalIncrease, List<Lift> lifted) {
    }

    /** One existing deal whose commission the extra deal changes. */
    public record Lift(String purchaseId, BigDecimal before, BigDecimal after, BigDecimal lift) {
    }

    /**
     * @param preview on live data: the next open statement with every fact (issued statements, fines, approved
     *                adjustments) before and after the hypothetical changes asked for (ADR 0032); else null
     */
    public record Result(Statement statement, OneMore oneMore, WhatIfPreview.Preview preview) {

        public Result(Statement statement, OneMore oneMore) {
            this(statement, oneMore, null);
        }

        public Result with(WhatIfPreview.Preview preview) {
            return new Result(statement, oneMore, preview);
        }
    }

    private WhatIf() {
    }

    /**
     * @param day          any day of the period to simulate
     * @param extraAmount  the amount of one more deal, or null
     * @param extraUnit    the extra deal's unit type (RESIDENTIAL when null)
     */
    public static Result run(String tenantId, String projectId, String channelId, Agreement agreement, Collection<Deal> deals,
                             Collection<Fine> fines, LocalDate day, BigDecimal extraAmount, UnitType extraUnit) {
        ChannelLedger now = ChannelLedger.build(new ChannelLedger.Input(tenantId, projectId, channelId, agreement,
                deals, fines, List.of()));
        Statement statement = now.statementFor(day);
        if (extraAmount == null) {
            return new Result(statement, null);
        }
        Period period = statement.period();
        // the last moment of the period's last day, so it is the period's latest deal (marginal tiers)
        Instant at = period.end().atTime(LocalTime.of(23, 59)).atZone(now.zone()).toInstant();
        Deal extra = new Deal(EXTRA_DEAL_ID, EXTRA_DEAL_ID, extraUnit == null ? UnitType.RESIDENTIAL : extraUnit,
                extraAmount, at, at, null, channelId, null, Integer.MAX_VALUE, EXTRA_DEAL_ID, at, List.of());
        List<Deal> more = new ArrayList<>(deals);
        more.removeIf(d -> d.purchaseId().equals(EXTRA_DEAL_ID));
        more.add(extra);
        Statement after = ChannelLedger.build(new ChannelLedger.Input(tenantId, projectId, channelId, agreement,
                more, fines, List.of())).statementFor(day);
        return new Result(statement, compare(statement, after, extraAmount, at));
    }

    private static OneMore compare(Statement before, Statement after, BigDecimal amount, Instant at) {
        Map<String, BigDecimal> was = new HashMap<>();
        before.deals().forEach(d -> was.put(d.purchaseId(), d.commission()));
        BigDecimal own = Money.ZERO;
        BigDecimal lift = Money.ZERO;
        List<Lift> lifted = new ArrayList<>();
        for (DealLine line : after.deals()) {
            if (line.purchaseId().equals(EXTRA_DEAL_ID)) {
                own = line.commission();
                continue;
            }
            BigDecimal previous = was.getOrDefault(line.purchaseId(), Money.ZERO);
            BigDecimal delta = line.commission().subtract(previous);
            if (delta.signum() != 0) {
                lifted.add(new Lift(line.purchaseId(), previous, line.commission(), delta));
                lift = lift.add(delta);
            }
        }
        TierSummary t0 = before.tier();
        TierSummary t1 = after.tier();
        boolean crosses = t0 != null && t1 != null && t0.tier() != t1.tier();
        BigDecimal remaining = t0 == null || t0.nextTierFrom() == null ? null
                : t0.nextTierFrom().subtract(t0.basisValue());
        BigDecimal total = after.totals().netPayable().subtract(before.totals().netPayable());
        return new OneMore(amount, at, t0, t1, crosses, remaining, own, lift, total, lifted);
    }
}
