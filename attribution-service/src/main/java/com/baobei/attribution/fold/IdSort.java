package com.baobei.attribution.fold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Sorts decisions by their id exactly as {@link String#compareTo} would (equal ids by fold position), but
 * fast on the output of a big project: the 5 characters after the ids' common prefix and the item's index
 * are packed into one long, the longs are sorted as primitives, and only runs sharing those 5 characters
 * are compared as strings. Ids with a null or a character beyond Latin-1 there fall back to the full
 * comparison.
 */
final class IdSort {

    private static final int INDEX_BITS = 24;
    private static final int KEY_CHARS = 5;
    private static final int SMALL_RUN = 16;

    private IdSort() {
    }

    /** Items in order of their id; equal ids keep the order of {@code seq}. */
    static <T> List<T> sorted(Collection<T> items, Function<T, String> id, ToIntFunction<T> seq) {
        @SuppressWarnings("unchecked")
        T[] all = (T[]) items.toArray();
        int n = all.length;
        String[] ids = new String[n];
        int[] seqs = new int[n];
        int prefix = Integer.MAX_VALUE;
        String first = null;
        boolean packable = n < (1 << INDEX_BITS);
        for (int i = 0; i < n; i++) {
            String s = id.apply(all[i]);
            ids[i] = s;
            seqs[i] = seq.applyAsInt(all[i]);
            if (s == null) {
                packable = false;
            } else if (first == null) {
                first = s;
                prefix = s.length();
            } else {
                prefix = common(first, s, prefix);
            }
        }
        long[] keys = packable ? keys(ids, prefix == Integer.MAX_VALUE ? 0 : prefix) : null;
        int[] order = keys != null ? byKeys(keys, ids, seqs) : byComparison(ids, seqs);
        List<T> out = new ArrayList<>(n);
        for (int i : order) {
            out.add(all[i]);
        }
        return out;
    }

    /** (5 characters after the prefix, zero-padded) then index; null when a character is beyond Latin-1. */
    private static long[] keys(String[] ids, int prefix) {
        long[] keys = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            String s = ids[i];
            long key = 0;
            for (int k = 0; k < KEY_CHARS; k++) {
                int at = prefix + k;
                char c = at < s.length() ? s.charAt(at) : 0;
                if (c > 0xFF) {
                    return null;
                }
                key = (key << 8) | c;
            }
            // flipping the sign bit makes the signed sort of the longs their unsigned order
            keys[i] = ((key << INDEX_BITS) | i) ^ Long.MIN_VALUE;
        }
        return keys;
    }

    private static int[] byKeys(long[] keys, String[] ids, int[] seqs) {
        Arrays.sort(keys);
        int n = keys.length;
        int[] order = new int[n];
        int mask = (1 << INDEX_BITS) - 1;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & mask);
            if (i > 0 && (keys[i] >>> INDEX_BITS) != (keys[i - 1] >>> INDEX_BITS)) {
                sortRun(order, runStart, i, ids, seqs);
                runStart = i;
            }
        }
        sortRun(order, runStart, n, ids, seqs);
        return order;
    }

    private static void sortRun(int[] order, int from, int to, String[] ids, int[] seqs) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= SMALL_RUN) {
            for (int i = from + 1; i < to; i++) {
                int item = order[i];
                int j = i;
                while (j > from && compare(ids, seqs, order[j - 1], item) > 0) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = item;
            }
            return;
        }
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = order[i];
        }
        Arrays.sort(run, (a, b) -> compare(ids, seqs, a, b));
        for (int i = from; i < to; i++) {
            order[i] = run[i - from];
        }
    }

    private static int[] byComparison(String[] ids, int[] seqs) {
        Integer[] all = new Integer[ids.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        Arrays.sort(all, (a, b) -> compare(ids, seqs, a, b));
        int[] order = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            order[i] = all[i];
        }
        return order;
    }

    private static int compare(String[] ids, int[] seqs, int a, int b) {
        String x = ids[a];
        String y = ids[b];
        int c = x == null ? (y == null ? 0 : -1) : y == null ? 1 : x.compareTo(y);
        return c != 0 ? c : Integer.compare(seqs[a], seqs[b]);
    }

    private static int common(String a, String b, int limit) {
        int max = Math.min(limit, Math.min(a.length(), b.length()));
        int k = 0;
        while (k < max && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        return k;
    }
}
