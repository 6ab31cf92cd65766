package com.baobei.commission.ledger;

/** Deductions on a statement (COM-4). */
public enum ChargeKind {
    /** a fine's amount */
    FINE,
    /** second or third forbidden-zone offence: the period's commission forfeited */
    FORFEIT,
    /** after a termination: positive adjustments are withheld, since nothing further is paid */
    WITHHELD
}
