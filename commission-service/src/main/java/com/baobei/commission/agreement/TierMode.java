package com.baobei.commission.agreement;

/** COM-1: how reaching a tier pays. */
public enum TierMode {
    /** the default: reaching a tier lifts every deal of the period to that tier's rate */
    RETROACTIVE,
    /** only what lies beyond a threshold earns that tier's rate (for amounts: the part of a deal above it) */
    MARGINAL
}
