package com.baobei.commission.ledger;

/** Why money moved for a period already issued (COM-5). */
public enum AdjustmentCause {
    /** PUR-8: the deal was cancelled */
    CANCELLED,
    /** a ruling or late event gave the deal to another channel, or to none */
    REATTRIBUTED,
    /** the deal was attributed to this channel after the period was issued */
    LATE_DEAL,
    /** the deal's facts changed (amount, unit, dates) */
    CHANGED,
    /** the deal now accrues in another period */
    MOVED,
    /** COM-1: another deal of the period was withdrawn or added, so the tier moved */
    TIER_MOVED,
    /** the agreement was changed after the period was issued */
    AGREEMENT_CHANGED,
    /** a fine recorded in a period already issued, or a forfeiture that moved */
    FINE,
    /** a credit or debit finance proposed and a second finance person approved (ADR 0032) */
    MANUAL
}
