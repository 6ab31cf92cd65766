package com.baobei.attribution.fold.rules;

import java.time.Instant;

/**
 * ID-3: one person registered by several channels under different numbers is one client once the
 * office links the numbers in a ruling; the first confirmed channel then wins. The fold merges the
 * linked clients into one group that shares the ruling; its owner is the channel whose confirmation
 * (of the ownership current at the ruling) is earliest, or the ruling's own owner if none was confirmed.
 */
public final class Id3LinkedNumbers {

    public static final String ID = "ID-3";

    private Id3LinkedNumbers() {
    }

    /** True when a confirmation at {@code candidate} beats the best one so far (earlier wins). */
    public static boolean confirmedEarlier(Instant candidate, Instant best) {
        return candidate != null && (best == null || candidate.isBefore(best));
    }
}
