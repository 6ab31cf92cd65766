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
        return evidenceRefs != null && evidenceRefs.stream().anyMatch(ref -> ref != null && !ref.isBlank());
    }
}
