package com.baobei.attribution.fold;

import com.baobei.contracts.Explanation;
import java.util.Arrays;
import java.util.List;

/**
 * An explanation under construction: rule ids, the fold positions of the events used, the policy
 * version, the reasons. {@code causedBy} becomes the event used that is last in fold order: the latest
 * fact the decision rests on, which is the event that last changed it (a late event names itself).
 */
final class Because {

    /** Immutable, so every explanation of the same rules shares one list (Explanation keeps it without copying). */
    private final List<String> rules;
    private final int[] seqs;
    private final int policyVersion;
    private final String zh;
    private final String en;

    Because(int policyVersion, Reasons.Text reason, List<String> rules, int... seqs) {
        this(policyVersion, reason.zh(), reason.en(), rules, seqs);
    }

    Because(int policyVersion, String zh, String en, List<String> rules, int... seqs) {
        this.rules = rules;
        this.seqs = seqs;
        this.policyVersion = policyVersion;
        this.zh = zh;
        this.en = en;
    }

    List<String> rules() {
        return rules;
    }

    int lastSeq() {
        int last = -1;
        for (int seq : seqs) {
            last = Math.max(last, seq);
        }
        return last;
    }

    /**
     * The explanation, with the event ids in fold order, each once. {@code ids} are the events' ids by fold
     * position ({@link ProjectFold#ids}): one compact array instead of a scattered envelope per event.
     */
    Explanation explain(String[] ids) {
        // seqs are few (1–4) and mostly ascending: an insertion sort that drops -1 and repeats beats a copy and a sort
        int[] sorted = new int[seqs.length];
        int n = 0;
        for (int seq : seqs) {
            if (seq < 0) {
                continue;
            }
            int i = n;
            while (i > 0 && sorted[i - 1] > seq) {
                i--;
            }
            if (i > 0 && sorted[i - 1] == seq) {
                continue;
            }
            System.arraycopy(sorted, i, sorted, i + 1, n - i);
            sorted[i] = seq;
            n++;
        }
        String causedBy = n > 0 ? ids[sorted[n - 1]] : null;
        // List.of lists are taken by Explanation as they are (List.copyOf of an immutable list copies nothing)
        return new Explanation(rules, eventIds(ids, sorted, n), policyVersion, zh, en, causedBy);
    }

    private static List<String> eventIds(String[] ids, int[] sorted, int n) {
        switch (n) {
            case 0:
                return List.of();
            case 1:
                return List.of(ids[sorted[0]]);
            case 2:
                return List.of(ids[sorted[0]], ids[sorted[1]]);
            default:
                String[] out = new String[n];
                for (int i = 0; i < n; i++) {
                    out[i] = ids[sorted[i]];
                }
                return List.of(out);
        }
    }

    /** The same decision resting on more facts (a contract signed, a cancellation): more rules, reasons, events. */
    Because plus(List<String> moreRules, String zhMore, String enMore, int... moreSeqs) {
        String[] r = rules.toArray(new String[rules.size() + moreRules.size()]);
        for (int i = 0; i < moreRules.size(); i++) {
            r[rules.size() + i] = moreRules.get(i);
        }
        int[] s = Arrays.copyOf(seqs, seqs.length + moreSeqs.length);
        System.arraycopy(moreSeqs, 0, s, seqs.length, moreSeqs.length);
        return new Because(policyVersion, zh + zhMore, en + enMore, List.of(r), s);
    }

    /** Rule ids as an immutable list; hot paths keep theirs in constants so that explanations share them. */
    static List<String> rules(String... ids) {
        return List.of(ids);
    }
}
