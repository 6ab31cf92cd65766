package com.baobei.attribution.fold.rules;

import java.util.List;

/**
 * DSP-1: any party may dispute an attribution, with evidence; only the developer's people rule. For
 * each open dispute the fold proposes the outcome the rules give, citing them (e.g. REG-6, PUR-7); a
 * claim the rules void outright (no evidence, PUR-7 past its window, REG-8 not on record) is rejected.
 */
public final class Dsp1Disputes {

    public static final String ID = "DSP-1";

    private Dsp1Disputes() {
    }

    public static boolean hasEvidence(List<String> evidenceRefs) {
        if (evidenceRefs == null) {
            return false;
        }
        for (String ref : evidenceRefs) {
            if (ref != null && !ref.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
