package com.baobei.attribution.policy;

/** REG-3: how long a registration stays valid without a visit. */
public enum ValidityMode {
    /** Until the end of the registration's calendar day (the rulebook's default). */
    SAME_DAY,
    /** N calendar days counting the registration day as day 1. */
    DAYS,
    /** Before the first opening: until N days after the opening day, inclusive; from the opening day on, like DAYS. */
    UNTIL_OPENING_PLUS_DAYS
}
