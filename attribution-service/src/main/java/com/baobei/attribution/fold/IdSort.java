package com.baobei.attribution.fold;

import java.util.Arrays;

/**
 * Orders decisions by their id exactly as {@link String#compareTo} would (equal ids by fold position), but
 * fast on the output of a big project: a few characters of each id and the item's index are packed into
 * one long, the longs are sorted as primitives, and only runs sharing those characters are compared as
 * strings. The characters are taken from the columns that tell ids apart: a column where every id has the
 * same character (a shared prefix, the {@code ****} of a masked number) never decides a comparison, so it
 * is skipped. Ids with a null or a character beyond Latin-1 there fall back to the full comparison.
 */
final class IdSort {

    /** Columns examined for being constant; ids longer than this use the columns after it as they come. */
    private static final int COLUMNS = 64;
    private static final int SMALL_RUN = 16;

    private IdSort() {
    }

    /** The positions of {@code ids} in order of id; equal ids in order of {@code seqs}. */
    static int[] order(String[] ids, int[] seqs) {
        int n = ids.length;
        // bit c of `varying`: some id differs from the first at column c; minLength: the shortest id
        long varying = 0;
        int minLength = Integer.MAX_VALUE;
        String first = null;
        boolean packable = true;
        for (String s : ids) {
            if (s == null) {
                packable = false;
            } else if (first == null) {
                first = s;
                minLength = s.length();
            } else {
                varying |= differing(first, s);
                minLength = Math.min(minLength, s.length());
            }
        }
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long[] keys = packable && indexBits <= 40 ? keys(ids, columns(varying, minLength, (64 - indexBits) / 8), indexBits) : null;
        return keys != null ? byKeys(keys, ids, seqs, indexBits) : byComparison(ids, seqs);
    }

    /**
     * The first {@code count} columns that can decide a comparison: a column every id has, with the same
     * character in all of them, cannot; any other can (an id too short for it counts as the lowest character).
     */
    private static int[] columns(long varying, int minLength, int count) {
        int[] columns = new int[count];
        int c = 0;
        for (int k = 0; k < count; c++) {
            boolean constant = c < minLength && c < COLUMNS && (varying & (1L << c)) == 0;
            if (!constant) {
                columns[k++] = c;
            }
        }
        return columns;
    }

    /** The key characters, zero-padded, then the index; null when a character is beyond Latin-1. */
    private static long[] keys(String[] ids, int[] columns, int indexBits) {
        long[] keys = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            String s = ids[i];
            long key = 0;
            for (int at : columns) {
                char c = at < s.length() ? s.charAt(at) : 0;
                if (c > 0xFF) {
                    return null;
                }
                key = (key << 8) | c;
            }
            // flipping the sign bit makes the signed sort of the longs their unsigned order
            keys[i] = ((key << indexBits) | i) ^ Long.MIN_VALUE;
        }
        return keys;
    }

    private static int[] byKeys(long[] keys, String[] ids, int[] seqs, int indexBits) {
        Arrays.sort(keys);
        int n = keys.length;
        int[] order = new int[n];
        long mask = (1L << indexBits) - 1;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & mask);
            if (i > 0 && (keys[i] >>> indexBits) != (keys[i - 1] >>> indexBits)) {
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

    /** Bit c set when a and b differ at column c (for the columns both have, up to {@link #COLUMNS}). */
    private static long differing(String a, String b) {
        int max = Math.min(COLUMNS, Math.min(a.length(), b.length()));
        long bits = 0;
        for (int k = 0; k < max; k++) {
            if (a.charAt(k) != b.charAt(k)) {
                bits |= 1L << k;
            }
        }
        return bits;
    }
}
