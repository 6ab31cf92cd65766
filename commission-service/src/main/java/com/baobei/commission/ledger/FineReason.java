package com.baobei.commission.ledger;

/** COM-4 reason codes. */
public enum FineReason {
    /** soliciting in the forbidden zone (禁区拉客): escalates by offence count */
    FORBIDDEN_ZONE,
    /** quarrelling on site (现场争吵): agent 1,000, store manager 5,000 by default */
    ON_SITE_QUARREL,
    /** poaching another company's client (抢客): 100,000 by default */
    POACHING,
    /** anything else the agreement provides for; the amount must be given */
    OTHER
}
