package com.baobei.attribution.fold.rules;

import com.baobei.contracts.visit.Purchased;
import java.time.Instant;

/**
 * PUR-4: confirmed under A, bought in the name of B (A's spouse, partner, parent, child or sibling):
 * with one channel involved, that channel; with several, the earliest confirmed. A relation counts only
 * with evidence; without it (in particular parent/child and siblings not shown) the buyer's own channel.
 */
public final class Pur4RelatedBuyers {

    public static final String ID = "PUR-4";

    private Pur4RelatedBuyers() {
    }

    public static boolean relationShown(Purchased.RelatedParty related) {
        return related != null && related.relation() != null && !related.evidenceRefs().isEmpty();
    }

    /** True when the related client's channel wins over the buyer's own (earliest confirmed; ties to the buyer). */
    public static boolean relatedWins(Instant relatedConfirmedAt, Instant buyerConfirmedAt) {
        return relatedConfirmedAt != null && (buyerConfirmedAt == null || relatedConfirmedAt.isBefore(buyerConfirmedAt));
    }
}
