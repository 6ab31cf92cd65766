package com.baobei.attribution.fold;

import com.baobei.contracts.Explanation;
import java.util.List;

/**
 * An explanation under construction: rule ids, the fold positions of the events used, the policy
 * version, the reasons. {@code causedBy} becomes the event used that is last in fold order: the latest
 * fact the decision rests on, which is the event that last changed it (a late event names itself).
 */
final class Because {

    /** Immutable, so every explanation of the same rules shares one list (Explanation keeps it without copying). */
    private final List<String> rules;
    /**
     * The positions used, -1 where none: a decision rests on one to four events, so they are fields, not an
     * array. A constructor per count (Java prefers them to the varargs one) keeps the ≈100k explanations of
     * a big project from allocating an array each at their call sites. Beyond four (only {@link #plus}): {@link #more}.
     */
    private final int s0;
    private final int s1;
    private final int s2;
    private final int s3;
    private final int[] more;
    private final int policyVersion;
    private final String zh;
    private final String en;

    Because(int policyVersion, Reasons.Text reason, List<String> rules, int a) {
        this(policyVersion, reason.zh(), reason.en(), rules, a, -1, -1, -1, null);
    }

    Because(int policyVersion, Reasons.Text reason, List<String> rules, int a, int b) {
        this(policyVersion, reason.zh(), reason.en(), rules, a, b, -1, -1, null);
    }

    Because(int policyVersion, Reasons.Text reason, List<String> rules, int a, int b, int c) {
        this(policyVersion, reason.zh(), reason.en(), rules, a, b, c, -1, null);
    }

    Because(int policyVersion, Reasons.Text reason, List<String> rules, int a, int b, int c, int d) {
        this(policyVersion, reason.zh(), reason.en(), rules, a, b, c, d, null);
    }

    Because(int policyVersion, String zh, String en, List<String> rules, int a) {
        this(policyVersion, zh, en, rules, a, -1, -1, -1, null);
    }

    Because(int policyVersion, String zh, String en, List<String> rules, int a, int b) {
        this(policyVersion, zh, en, rules, a, b, -1, -1, null);
    }

    Because(int policyVersion, String zh, String en, List<String> rules, int a, int b, int c) {
        this(policyVersion, zh, en, rules, a, b, c, -1, null);
    }

    Because(int policyVersion, String zh, String en, List<String> rules, int a, int b, int c, int d) {
        this(policyVersion, zh, en, rules, a, b, c, d, null);
    }

    /** Any number of positions (the fixed-count constructors above cover every call but {@link #plus}). */
    Because(int policyVersion, String zh, String en, List<String> rules, int... seqs) {
        this(policyVersion, zh, en, rules, at(seqs, 0), at(seqs, 1), at(seqs, 2), at(seqs, 3),
                seqs.length > 4 ? java.util.Arrays.copyOfRange(seqs, 4, seqs.length) : null);
    }

    private Because(int policyVersion, String zh, String en, List<String> rules, int a, int b, int c, int d, int[] more) {
        this.rules = rules;
        this.s0 = a;
        this.s1 = b;
        this.s2 = c;
        this.s3 = d;
        this.more = more;
        this.policyVersion = policyVersion;
        this.zh = zh;
        this.en = en;
    }

    /** The same explanation to be: same rules, positions, policy version and reasons (ADR 0031's re-read decisions). */
    boolean sameAs(Because o) {
        return o == this || (o != null && s0 == o.s0 && s1 == o.s1 && s2 == o.s2 && s3 == o.s3
                && policyVersion == o.policyVersion && java.util.Arrays.equals(more, o.more) && rules.equals(o.rules)
                && zh.equals(o.zh) && en.equals(o.en));
    }

    private static int at(int[] seqs, int i) {
        return i < seqs.length ? seqs[i] : -1;
    }

    List<String> rules() {
        return rules;
    }

    int lastSeq() {
        int last = Math.max(Math.max(s0, s1), Math.max(s2, s3));
        if (more != null) {
            for (int seq : more) {
                last = Math.max(last, seq);
            }
        }
        return last;
    }

    /** The smallest position used that is greater than {@code after}, or -1: the positions in order, each once, with no array. */
    private int next(int after) {
        int best = Integer.MAX_VALUE;
        if (s0 > after && s0 < best) {
            best = s0;
        }
        if (s1 > after && s1 < best) {
            best = s1;
        }
        if (s2 > after && s2 < best) {
            best = s2;
        }
        if (s3 > after && s3 < best) {
            best = s3;
        }
        if (more != null) {
            for (int seq : more) {
                if (seq > after && seq < best) {
                    best = seq;
                }
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    /**
     * The explanation, with the event ids in fold order, each once. {@code ids} are the events' ids by fold
     * position ({@link ProjectFold#ids}): one compact array instead of a scattered envelope per event.
     */
    Explanation explain(String[] ids) {
        // List.of lists are taken by Explanation as they are (List.copyOf of an immutable list copies nothing);
        // List.of with up to four arguments keeps its own array instead of copying one given to it
        List<String> eventIds;
        String causedBy;
        int a = next(-1);
        int b = a < 0 ? -1 : next(a);
        int c = b < 0 ? -1 : next(b);
        int d = c < 0 ? -1 : next(c);
        int e = d < 0 ? -1 : next(d);
        if (a < 0) {
            eventIds = List.of();
            causedBy = null;
        } else if (b < 0) {
            causedBy = ids[a];
            eventIds = List.of(causedBy);
        } else if (c < 0) {
            causedBy = ids[b];
            eventIds = List.of(ids[a], causedBy);
        } else if (d < 0) {
            causedBy = ids[c];
            eventIds = List.of(ids[a], ids[b], causedBy);
        } else if (e < 0) {
            causedBy = ids[d];
            eventIds = List.of(ids[a], ids[b], ids[c], causedBy);
        } else {
            List<String> all = new java.util.ArrayList<>(List.of(ids[a], ids[b], ids[c], ids[d]));
            for (int seq = e; seq >= 0; seq = next(seq)) {
                all.add(ids[seq]);
            }
            eventIds = List.copyOf(all);
            causedBy = all.get(all.size() - 1);
        }
        return new Explanation(rules, eventIds, policyVersion, zh, en, causedBy);
    }

    /** The same decision resting on more facts (a contract signed, a cancellation): more rules, reasons, events. */
    Because plus(List<String> moreRules, String zhMore, String enMore, int moreSeq) {
        String[] r = rules.toArray(new String[rules.size() + moreRules.size()]);
        for (int i = 0; i < moreRules.size(); i++) {
            r[rules.size() + i] = moreRules.get(i);
        }
        int count = 4 + (more == null ? 0 : more.length);
        int[] s = new int[count + 1];
        s[0] = s0;
        s[1] = s1;
        s[2] = s2;
        s[3] = s3;
        if (more != null) {
            System.arraycopy(more, 0, s, 4, more.length);
        }
        s[count] = moreSeq;
        return new Because(policyVersion, zh + zhMore, en + enMore, List.of(r), s);
    }

    /**
     * This decision resting also on what decided another (a purchase on the protection it falls in): this one's rules
     * first, then the other's not yet named, and the events of both. {@code other} null: this one.
     */
    Because with(Because other) {
        if (other == null) {
            return this;
        }
        List<String> merged = new java.util.ArrayList<>(rules.size() + other.rules.size());
        merged.addAll(rules);
        for (String id : other.rules) {
            if (!merged.contains(id)) {
                merged.add(id);
            }
        }
        int[] mine = positions();
        int[] theirs = other.positions();
        int[] all = java.util.Arrays.copyOf(mine, mine.length + theirs.length);
        System.arraycopy(theirs, 0, all, mine.length, theirs.length);
        return new Because(policyVersion, zh, en, List.copyOf(merged), all);
    }

    /** The same rules and events with another reason and policy version (an ownership entry made from a purchase). */
    Because reworded(int version, Reasons.Text reason) {
        return new Because(version, reason.zh(), reason.en(), rules, s0, s1, s2, s3, more);
    }

    /** The positions used, in fold order, each once. */
    private int[] positions() {
        int n = 0;
        for (int seq = next(-1); seq >= 0; seq = next(seq)) {
            n++;
        }
        int[] out = new int[n];
        int i = 0;
        for (int seq = next(-1); seq >= 0; seq = next(seq)) {
            out[i++] = seq;
        }
        return out;
    }

    /** Rule ids as an immutable list; hot paths keep theirs in constants so that explanations share them. */
    static List<String> rules(String... ids) {
        return List.of(ids);
    }
}
