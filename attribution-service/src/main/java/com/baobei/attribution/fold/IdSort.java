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

    /** Characters of each id read once into three longs: the columns examined for being constant and for keys. */
    private static final int HEAD_CHARS = 24;
    private static final int SMALL_RUN = 16;

    private IdSort() {
    }

    /**
     * Ids to sort, with their fold positions and their first characters and length, taken when each id is first
     * met: then its characters are in the cache; when the decisions are sorted at the end they no longer are.
     */
    static final class Heads {

        private String[] ids;
        private int[] seqs;
        private long[] heads;
        private int[] lengths;
        private int size;
        /** No id is null and none has a character beyond Latin-1 among its first {@link #HEAD_CHARS}. */
        private boolean packable = true;

        Heads(int expected) {
            int capacity = Math.max(16, expected);
            ids = new String[capacity];
            seqs = new int[capacity];
            heads = new long[3 * capacity];
            lengths = new int[capacity];
        }

        void add(String id, int seq) {
            if (size == lengths.length) {
                ids = Arrays.copyOf(ids, 2 * size);
                seqs = Arrays.copyOf(seqs, 2 * size);
                heads = Arrays.copyOf(heads, 6 * size);
                lengths = Arrays.copyOf(lengths, 2 * size);
            }
            packable &= id != null && head(id, heads, 3 * size);
            ids[size] = id;
            seqs[size] = seq;
            lengths[size++] = id == null ? 0 : id.length();
        }

        int size() {
            return size;
        }

        /** The total order the sorted items lie in: id, then fold position, then the order added. */
        int compare(int a, int b) {
            int c = IdSort.compare(ids, seqs, a, b);
            return c != 0 ? c : Integer.compare(a, b);
        }

        /** The order last computed and how many ids it covered: a later order only inserts the ids added since (ADR 0031). */
        private int[] sorted;
        private int sortedCount;
    }

    /**
     * The positions (in the order added) of the ids in order of id; equal ids in order of their seqs, then in the
     * order added. Kept: a later call sorts only the ids added since and inserts them into the kept order, so that a
     * state folded on from (ADR 0031) pays for its new items, not for all of them. The array is shared: read only.
     */
    static int[] order(Heads h) {
        if (h.sorted != null && h.sortedCount <= h.size) {
            if (h.sortedCount < h.size) {
                h.sorted = insert(h, h.sorted, h.sortedCount);
                h.sortedCount = h.size;
            }
            return h.sorted;
        }
        h.sorted = whole(h);
        h.sortedCount = h.size;
        return h.sorted;
    }

    /**
     * The kept order of the first {@code old} ids with the ids added after them inserted. Each later id goes after
     * every earlier one it equals (by id and seq), as in the whole sort, where equal keys keep the order added.
     */
    private static int[] insert(Heads h, int[] kept, int old) {
        int n = h.size;
        String[] ids = h.ids;
        int[] seqs = h.seqs;
        Integer[] added = new Integer[n - old];
        for (int i = old; i < n; i++) {
            added[i - old] = i;
        }
        Arrays.sort(added, (a, b) -> compare(ids, seqs, a, b)); // stable: equal ones keep the order added
        int[] out = new int[n];
        int from = 0;
        int at = 0;
        for (Integer item : added) {
            int lo = from;
            int hi = old;
            while (lo < hi) { // the first kept id greater than the added one
                int mid = (lo + hi) >>> 1;
                if (compare(ids, seqs, kept[mid], item) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            System.arraycopy(kept, from, out, at, lo - from);
            at += lo - from;
            from = lo;
            out[at++] = item;
        }
        System.arraycopy(kept, from, out, at, old - from);
        return out;
    }

    private static int[] whole(Heads h) {
        int n = h.size;
        String[] ids = Arrays.copyOf(h.ids, n);
        int[] seqs = Arrays.copyOf(h.seqs, n);
        long[] heads = h.heads;
        // bit c of `varying`: some id differs from the first at column c
        long varying = 0;
        int minLength = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minLength = Math.min(minLength, h.lengths[i]);
            varying |= differing(heads, 0, 3 * i);
        }
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        if (!h.packable || indexBits > 40) {
            return byComparison(ids, seqs);
        }
        int[] columns = columns(varying, minLength, (64 - indexBits) / 8);
        long[] keys = columns[columns.length - 1] < HEAD_CHARS ? keys(heads, columns, indexBits, n) : keys(ids, columns, indexBits);
        return keys != null ? byKeys(keys, ids, seqs, indexBits) : byComparison(ids, seqs);
    }

    /** The first {@link #HEAD_CHARS} characters of s, zero-padded, 8 to a long; false when one is beyond Latin-1. */
    private static boolean head(String s, long[] heads, int at) {
        int length = Math.min(s.length(), HEAD_CHARS);
        for (int k = 0; k < length; k++) {
            char c = s.charAt(k);
            if (c > 0xFF) {
                return false;
            }
            heads[at + (k >>> 3)] |= (long) c << (56 - 8 * (k & 7));
        }
        return true;
    }

    /** Bit c set when the heads differ at column c (a column beyond an id's end reads as 0 there). */
    private static long differing(long[] heads, int a, int b) {
        long bits = 0;
        for (int g = 0; g < 3; g++) {
            long x = heads[a + g] ^ heads[b + g];
            for (int k = 0; x != 0 && k < 8; k++) {
                if ((x >>> (56 - 8 * k) & 0xFF) != 0) {
                    bits |= 1L << (8 * g + k);
                }
            }
        }
        return bits;
    }

    /**
     * The first {@code count} columns that can decide a comparison: a column every id has, with the same
     * character in all of them, cannot; any other can (an id too short for it counts as the lowest character).
     */
    private static int[] columns(long varying, int minLength, int count) {
        int[] columns = new int[count];
        int c = 0;
        for (int k = 0; k < count; c++) {
            boolean constant = c < minLength && c < HEAD_CHARS && (varying & (1L << c)) == 0;
            if (!constant) {
                columns[k++] = c;
            }
        }
        return columns;
    }

    /** The key characters from the heads, then the index. */
    private static long[] keys(long[] heads, int[] columns, int indexBits, int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long key = 0;
            for (int at : columns) {
                key = (key << 8) | (heads[3 * i + (at >>> 3)] >>> (56 - 8 * (at & 7)) & 0xFF);
            }
            keys[i] = (key << indexBits) | i;
        }
        return keys;
    }

    /** The key characters read from the ids (columns beyond the heads), then the index; null beyond Latin-1. */
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
            keys[i] = (key << indexBits) | i;
        }
        return keys;
    }

    private static int[] byKeys(long[] keys, String[] ids, int[] seqs, int indexBits) {
        Radix.sortByPrefix(keys, indexBits);
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

    static int compare(String[] ids, int[] seqs, int a, int b) {
        String x = ids[a];
        String y = ids[b];
        int c = x == null ? (y == null ? 0 : -1) : y == null ? 1 : x.compareTo(y);
        return c != 0 ? c : Integer.compare(seqs[a], seqs[b]);
    }
}
