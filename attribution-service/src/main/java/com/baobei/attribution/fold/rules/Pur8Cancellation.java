package com.baobei.attribution.fold.rules;

/**
 * PUR-8: a cancelled purchase reverses its commission. The attribution keeps its channel and carries
 * {@code cancelledAt}, so the commission service can reverse exactly what it had accrued (COM-5); the
 * buyer is no longer a buyer from then on.
 */
public final class Pur8Cancellation {

    public static final String ID = "PUR-8";

    private Pur8Cancellation() {
    }
}
