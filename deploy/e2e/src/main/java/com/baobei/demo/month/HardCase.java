package com.baobei.demo.month;

/** The situations of the rulebook a month must contain, each tagged on the steps that make it up. */
public enum HardCase {
    /** two channels claim one client on one day (REG-2, REG-4, VIS-7) */
    CLASH,
    /** registered less than the lead time before the visit (REG-1) */
    LATE_REGISTRATION,
    /** one channel registers one client more often than the limit (REG-5) */
    REPEAT_OVER_LIMIT,
    /** ten or more registrations on one day, fewer than half visited (REG-6) */
    POOR_QUALITY_DAY,
    /** a registration that lapses unvisited (REG-3) */
    REGISTRATION_LAPSE,
    /** a protection that ends without a purchase (VIS-6), then judged afresh */
    PROTECTION_LAPSE,
    /** the channel brings the client again in the last days of protection (VIS-5) */
    RENEWAL,
    /** a client with no registration, received by the rotation (VIS-2, ROT-1) */
    WALK_IN,
    /** someone who is not a client: asking the way, a market researcher (VIS-8) */
    NON_CLIENT,
    /** a returning client, received by their consultant (VIS-9) */
    RETURN_VISIT,
    /** a visit form signed later, or marked invalid by the site manager (VIS-1) */
    FORM_LATER_OR_INVALID,
    /** the developer's employee or relative registered by a channel (REG-7) */
    INSIDER,
    /** the spouse buys in her own name (PUR-4) */
    RELATED_BUYER,
    /** a companion of a registered client (VIS-3) who buys on the spot (PUR-5) */
    COMPANION_BUYS,
    /** a buyer refers a new client (PUR-6) */
    REFERRAL,
    /** a channel claims a buyer after the deposit, within the window (PUR-7) */
    LATE_CLAIM,
    /** a channel claims a buyer too late: void (PUR-7) */
    LATE_CLAIM_VOID,
    /** a parking space: no channel commission (PUR-3) */
    PARKING,
    /** a purchase undone (PUR-8) */
    CANCELLATION,
    /** a channel disputes an attribution (DSP-1) */
    DISPUTE,
    /** the site manager rules, the marketing manager on escalation (DSP-1, DSP-2) */
    RULING,
    /** fines against a channel or an agent (COM-4) */
    FINE,
    /** a registration made through the live API on the day of the feed (REG-1 server clock) */
    LIVE_REGISTRATION,
    /** a registration the intake refuses: no proper masked number (ID-1) */
    MALFORMED_REGISTRATION
}
