package com.baobei.attribution.live;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.HexFormat;

/**
 * A 128-bit content hash of a decision's JSON. It only tells a decision from its own earlier
 * version, so it needs spread, not cryptographic strength; it runs over every decision of every
 * fold, so it reads the UTF-8 bytes eight at a time.
 *
 * <p>Hashes are written with the prefix {@value #PREFIX}. An earlier form over the text's UTF-16 characters
 * was never released (no installation exists), so no row can hold it and nothing recognises it any more.
 */
record ContentHash(long a, long b) {

    static final String PREFIX = "u";

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static ContentHash of(byte[] utf8) {
        int n = utf8.length;
        long a = 0xcbf29ce484222325L ^ n;
        long b = 0x9e3779b97f4a7c15L;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONGS.get(utf8, i);
            a = wordA(a, w);
            b = wordB(b, w);
        }
        for (; i < n; i++) {
            a = unitA(a, utf8[i]);
            b = unitB(b, utf8[i]);
        }
        return new ContentHash(a, b);
    }

    private static long wordA(long a, long w) {
        a = (a ^ w) * 0x100000001b3L;
        return a ^ a >>> 32;
    }

    private static long wordB(long b, long w) {
        b = (b + w) * 0xc6a4a7935bd1e995L;
        return b ^ b >>> 29;
    }

    private static long unitA(long a, long unit) {
        return (a ^ unit) * 0x100000001b3L;
    }

    private static long unitB(long b, long unit) {
        b = (b + unit) * 0xc6a4a7935bd1e995L;
        return b ^ b >>> 29;
    }

    /** Whether {@code stored} is the fresh hash. */
    static boolean matches(String stored, String fresh) {
        return fresh.equals(stored);
    }

    /** The hash of two texts taken together (a client's current ownership and its history). */
    ContentHash and(ContentHash other) {
        return new ContentHash((a ^ Long.rotateLeft(other.a, 17)) * 0x9e3779b97f4a7c15L,
                (b + Long.rotateLeft(other.b, 31)) * 0xc6a4a7935bd1e995L);
    }

    String hex() {
        return PREFIX + HexFormat.of().toHexDigits(a) + HexFormat.of().toHexDigits(b);
    }
}
