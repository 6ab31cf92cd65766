package com.baobei.commission.ledger;

/** What a fine does beyond its charges (COM-4 escalation). */
public enum FineConsequence {
    NONE,
    /** second forbidden-zone offence: the channel's commission for the period the fine is recorded in is forfeited */
    PERIOD_FORFEITED,
    /** third forbidden-zone offence: the agreement ends when the fine is recorded and nothing further is paid */
    AGREEMENT_TERMINATED
}
