package com.baobei.attribution.fold;

/**
 * Sorts packed keys (a sort prefix in the high bits, the item's position in the low bits) as unsigned longs.
 * A least-significant-digit radix sort over the prefix bits only, 11 bits a pass, skipping digits no key
 * differs in: a few linear passes instead of a comparison sort, and stable, so keys sharing a prefix keep
 * their positions' order, which is the order the low bits give them anyway.
 */
final class Radix {

    private static final int DIGIT = 11;
    private static final int SMALL = 64;

    private Radix() {
    }

    /** Sorts {@code keys} by their bits from {@code shift} up, unsigned; equal prefixes keep their order. */
    static void sortByPrefix(long[] keys, int shift) {
        int n = keys.length;
        if (n < SMALL) {
            insertionSort(keys);
            return;
        }
        long varying = 0;
        for (long key : keys) {
            varying |= (key ^ keys[0]) >>> shift;
        }
        long[] from = keys;
        long[] to = new long[n];
        int[] count = new int[1 << DIGIT];
        for (int low = 0; low + shift < 64; low += DIGIT) {
            if ((varying >>> low & ((1 << DIGIT) - 1)) == 0) {
                continue; // every key has the same digit here
            }
            int at = shift + low;
            java.util.Arrays.fill(count, 0);
            for (long key : from) {
                count[(int) (key >>> at) & ((1 << DIGIT) - 1)]++;
            }
            int sum = 0;
            for (int d = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (long key : from) {
                to[count[(int) (key >>> at) & ((1 << DIGIT) - 1)]++] = key;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != keys) {
            System.arraycopy(from, 0, keys, 0, n);
        }
    }

    private static void insertionSort(long[] keys) {
        for (int i = 1; i < keys.length; i++) {
            long key = keys[i];
            int j = i;
            while (j > 0 && Long.compareUnsigned(keys[j - 1], key) > 0) {
                keys[j] = keys[j - 1];
                j--;
            }
            keys[j] = key;
        }
    }
}
