package com.baobei.attribution.fold.rules;

/**
 * DSP-3: a dispute never blocks a purchase: the purchase is attributed by the rules at once, and once a
 * ruling exists the money follows it (the attribution is re-issued citing the ruling).
 */
public final class Dsp3PurchaseGoesAhead {

    public static final String ID = "DSP-3";

    private Dsp3PurchaseGoesAhead() {
    }
}
