package com.baobei.attribution.fold.rules;

import com.baobei.contracts.visit.DisputeRuled;
import java.time.Instant;

/**
 * DSP-2: a ruling overrides the automatic attribution for that client until it is re-ruled. The latest
 * ruling by business time wins; at the same time, the marketing manager's review comes after the site
 * manager's first ruling.
 */
public final class Dsp2Rulings {

    public static final String ID = "DSP-2";

    private Dsp2Rulings() {
    }

    public static boolean supersedes(Instant newAt, DisputeRuled.Level newLevel, Instant oldAt, DisputeRuled.Level oldLevel) {
        int byTime = newAt.compareTo(oldAt);
        if (byTime != 0) {
            return byTime > 0;
        }
        return rank(newLevel) >= rank(oldLevel);
    }

    private static int rank(DisputeRuled.Level level) {
        return level == DisputeRuled.Level.MARKETING_MANAGER ? 1 : 0;
    }
}
