package com.baobei.commission.ledger;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** The latest attribution per purchase: the truth (an older revision arriving late is ignored; a re-send changes nothing). */
public final class DealBook {

    private final Map<String, Deal> latest = new HashMap<>();

    /** Returns true when the deal changed the book. */
    public boolean offer(Deal deal) {
        Deal current = latest.get(deal.purchaseId());
        if (!deal.supersedes(current)) {
            return false;
        }
        latest.put(deal.purchaseId(), deal);
        return true;
    }

    public Collection<Deal> deals() {
        return Collections.unmodifiableCollection(latest.values());
    }

    public Deal get(String purchaseId) {
        return latest.get(purchaseId);
    }
}
