package com.baobei.commission.ledger;

/** How a deal stands on a statement. Only COMMISSIONABLE deals count towards tiers and earn money. */
public enum DealStatus {
    COMMISSIONABLE,
    /** out of scope (PUR-3), before the agreement, after a COM-4 termination, or without an amount */
    EXCLUDED,
    /** PUR-8: shown for the record, earns nothing */
    CANCELLED
}
