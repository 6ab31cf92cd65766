package com.baobei.attribution.fold;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import java.util.function.IntBinaryOperator;

/**
 * An immutable list of decisions in order of id, kept in chunks so that a later read of a state folded on from (ADR
 * 0031, third round) makes its next version by copying the few chunks it changes and the short arrays that index
 * them, not the whole list: the previous version stays as it was (the Outcome it belongs to is not changed). Each
 * element remembers the item it was read off (its index in the order the items were made), so that an item's place
 * is found by a binary search with the fold's own order of items (id, fold position, order made).
 */
final class IdOrdered<T> extends AbstractList<T> implements RandomAccess {

    /** Elements per chunk when built whole; a chunk is split when it grows past twice this. */
    private static final int CHUNK = 256;
    private static final IdOrdered<Object> EMPTY = new IdOrdered<>(new Object[0][], new int[0][], new int[] {0});

    private final Object[][] values;
    private final int[][] items;
    /** starts[c]: the rank of chunk c's first element; the last entry is the size. */
    private final int[] starts;

    private IdOrdered(Object[][] values, int[][] items, int[] starts) {
        this.values = values;
        this.items = items;
        this.starts = starts;
    }

    @SuppressWarnings("unchecked")
    static <T> IdOrdered<T> empty() {
        return (IdOrdered<T>) EMPTY;
    }

    /** The decisions {@code made} (by item, null: none) in the order {@code order} (items by rank). */
    static <T> IdOrdered<T> of(T[] made, int[] order) {
        int n = 0;
        for (int k : order) {
            if (made[k] != null) {
                n++;
            }
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        Object[][] values = new Object[chunks][];
        int[][] items = new int[chunks][];
        int[] starts = new int[chunks + 1];
        int c = 0;
        int at = 0;
        for (int k : order) {
            if (made[k] == null) {
                continue;
            }
            if (values[c] == null) {
                int length = Math.min(CHUNK, n - c * CHUNK);
                values[c] = new Object[length];
                items[c] = new int[length];
                starts[c] = c * CHUNK;
            }
            values[c][at] = made[k];
            items[c][at] = k;
            if (++at == CHUNK) {
                at = 0;
                c++;
            }
        }
        starts[chunks] = n;
        return new IdOrdered<>(values, items, starts);
    }

    @Override
    public int size() {
        return starts[starts.length - 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int rank) {
        int c = chunkOf(rank);
        return (T) values[c][rank - starts[c]];
    }

    private int item(int rank) {
        int c = chunkOf(rank);
        return items[c][rank - starts[c]];
    }

    /** The chunk holding {@code rank}. */
    private int chunkOf(int rank) {
        if (rank < 0 || rank >= size()) {
            throw new IndexOutOfBoundsException(rank);
        }
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= rank) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The first rank whose item sorts after {@code item} ({@code order}: the items' total order). */
    private int after(int item, IntBinaryOperator order) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order.applyAsInt(item(mid), item) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * This list with {@code value} in the place of {@code item}: replacing its element when it holds one, else
     * inserted where the item sorts.
     */
    IdOrdered<T> with(int item, T value, IntBinaryOperator order) {
        int rank = after(item, order);
        if (rank > 0 && item(rank - 1) == item) {
            int c = chunkOf(rank - 1);
            Object[][] vs = values.clone();
            vs[c] = vs[c].clone();
            vs[c][rank - 1 - starts[c]] = value;
            return new IdOrdered<>(vs, items, starts);
        }
        if (values.length == 0) {
            return new IdOrdered<>(new Object[][] {{value}}, new int[][] {{item}}, new int[] {0, 1});
        }
        int c = rank == size() ? values.length - 1 : chunkOf(rank);
        int at = rank - starts[c];
        Object[] v = values[c];
        int[] it = items[c];
        Object[] nv = new Object[v.length + 1];
        int[] ni = new int[it.length + 1];
        System.arraycopy(v, 0, nv, 0, at);
        System.arraycopy(it, 0, ni, 0, at);
        nv[at] = value;
        ni[at] = item;
        System.arraycopy(v, at, nv, at + 1, v.length - at);
        System.arraycopy(it, at, ni, at + 1, it.length - at);
        if (nv.length <= 2 * CHUNK) {
            Object[][] vs = values.clone();
            int[][] is = items.clone();
            vs[c] = nv;
            is[c] = ni;
            int[] st = starts.clone();
            for (int k = c + 1; k < st.length; k++) {
                st[k]++;
            }
            return new IdOrdered<>(vs, is, st);
        }
        int half = nv.length / 2;
        Object[][] vs = new Object[values.length + 1][];
        int[][] is = new int[values.length + 1][];
        int[] st = new int[starts.length + 1];
        System.arraycopy(values, 0, vs, 0, c);
        System.arraycopy(items, 0, is, 0, c);
        System.arraycopy(starts, 0, st, 0, c + 1);
        vs[c] = Arrays.copyOfRange(nv, 0, half);
        is[c] = Arrays.copyOfRange(ni, 0, half);
        vs[c + 1] = Arrays.copyOfRange(nv, half, nv.length);
        is[c + 1] = Arrays.copyOfRange(ni, half, ni.length);
        st[c + 1] = starts[c] + half;
        System.arraycopy(values, c + 1, vs, c + 2, values.length - c - 1);
        System.arraycopy(items, c + 1, is, c + 2, items.length - c - 1);
        for (int k = c + 1; k < starts.length; k++) {
            st[k + 1] = starts[k] + 1;
        }
        return new IdOrdered<>(vs, is, st);
    }

    @Override
    public java.util.Iterator<T> iterator() {
        return new java.util.Iterator<>() {
            private int c;
            private int at;

            @Override
            public boolean hasNext() {
                while (c < values.length && at >= values[c].length) {
                    c++;
                    at = 0;
                }
                return c < values.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return (T) values[c][at++];
            }
        };
    }
}
