package com.baobei.commission.ledger;

/** Deductions on a statement (COM-4). */
public enum ChargeKind {
    /** a fine's amount */
    FINE,
    /** second or third forbidden-zone offence: the period's commission forfeited */
    FORFEIT,
    /** after a termination: positive adjustments are withheld, since nothing further is paid */
    WITHHELD,
    /**
     * 上期结转: a negative balance of an earlier statement, carried to this one (ADR 0032). A transfer between
     * statements, not part of any period's worth: the line's key names the statement it comes from.
     */
    CARRIED_FORWARD
}
