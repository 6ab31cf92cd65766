package com.baobei.attribution.fold;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.Explanation;
import java.util.Arrays;
import java.util.List;

/**
 * An explanation under construction: rule ids, the fold positions of the events used, the policy
 * version, the reasons. {@code causedBy} becomes the event used that is last in fold order: the latest
 * fact the decision rests on, which is the event that last changed it (a late event names itself).
 */
final class Because {

    private final String[] rules;
    private final int[] seqs;
    private final int policyVersion;
    private final String zh;
    private final String en;

    Because(int policyVersion, String zh, String en, String[] rules, int... seqs) {
        this.rules = rules;
        this.seqs = seqs;
        this.policyVersion = policyVersion;
        this.zh = zh;
        this.en = en;
    }

    String[] rules() {
        return rules;
    }

    int lastSeq() {
        int last = -1;
        for (int seq : seqs) {
            last = Math.max(last, seq);
        }
        return last;
    }

    Explanation explain(EventEnvelope[] events) {
        int[] sorted = seqs.clone();
        Arrays.sort(sorted);
        String[] ids = new String[sorted.length];
        int n = 0;
        int previous = -1;
        for (int seq : sorted) {
            if (seq >= 0 && seq != previous) {
                ids[n++] = events[seq].eventId();
                previous = seq;
            }
        }
        String causedBy = previous >= 0 ? events[previous].eventId() : null;
        // List.of lists are taken by Explanation as they are (List.copyOf of an immutable list copies nothing)
        return new Explanation(List.of(rules), List.of(n == ids.length ? ids : Arrays.copyOf(ids, n)), policyVersion,
                zh, en, causedBy);
    }

    /** The same decision resting on more facts (a contract signed, a cancellation): more rules, reasons, events. */
    Because plus(String[] moreRules, String zhMore, String enMore, int... moreSeqs) {
        String[] r = Arrays.copyOf(rules, rules.length + moreRules.length);
        System.arraycopy(moreRules, 0, r, rules.length, moreRules.length);
        int[] s = Arrays.copyOf(seqs, seqs.length + moreSeqs.length);
        System.arraycopy(moreSeqs, 0, s, seqs.length, moreSeqs.length);
        return new Because(policyVersion, zh + zhMore, en + enMore, r, s);
    }

    static String[] rules(String... ids) {
        return ids;
    }
}
