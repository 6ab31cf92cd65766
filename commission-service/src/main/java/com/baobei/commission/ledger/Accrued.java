package com.baobei.commission.ledger;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A deal placed in its settlement period by its trigger (COM-3), with its status there. */
record Accrued(Deal deal, Instant accruedAt, DealStatus status, String exclusion, List<String> ruleIds) {

    /** The order deals are listed in, and in which marginal tiers are reached. */
    static final Comparator<Accrued> ORDER = Comparator.comparing(Accrued::accruedAt)
            .thenComparing(a -> a.deal().purchaseId());
}
