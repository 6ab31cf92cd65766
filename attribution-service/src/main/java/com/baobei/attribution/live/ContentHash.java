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
 * <p>Hashes written before 2026-11-27 were taken over the text's UTF-16 characters ({@link #legacy});
 * rows still hold them, so {@link #matches} recognises both forms. New hashes are written with the
 * prefix {@value #PREFIX}, which is not a hex digit: an earlier hash is 32 hex digits and may start with any.
 */
record ContentHash(long a, long b, boolean legacyForm) {

    static final String PREFIX = "u";

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[4096]);

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
        return new ContentHash(a, b, false);
    }

    // Both forms mix the same way; they differ in what a word is (eight bytes, or four UTF-16 units).
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

    /** Whether {@code stored} (either form) is the hash of these bytes. */
    static boolean matches(String stored, String fresh, byte[] utf8) {
        if (stored == null) {
            return false;
        }
        return current(stored) ? stored.equals(fresh) : stored.equals(legacy(utf8).hex());
    }

    /** Whether {@code stored} (either form) is the combined hash of these two texts. */
    static boolean matches(String stored, String fresh, byte[] first, byte[] second) {
        if (stored == null) {
            return false;
        }
        return current(stored) ? stored.equals(fresh) : stored.equals(legacy(first).and(legacy(second)).hex());
    }

    private static boolean current(String stored) {
        return stored.length() == 33 && stored.startsWith(PREFIX);
    }

    /** The hash of two texts taken together (a client's current ownership and its history). */
    ContentHash and(ContentHash other) {
        return new ContentHash((a ^ Long.rotateLeft(other.a, 17)) * 0x9e3779b97f4a7c15L,
                (b + Long.rotateLeft(other.b, 31)) * 0xc6a4a7935bd1e995L, legacyForm);
    }

    String hex() {
        String hex = HexFormat.of().toHexDigits(a) + HexFormat.of().toHexDigits(b);
        return legacyForm ? hex : PREFIX + hex;
    }

    /** The earlier form of the text these UTF-8 bytes encode: it was taken over the text's UTF-16 characters. */
    static ContentHash legacy(byte[] utf8) {
        char[] chars = buffer(utf8.length);
        int n = 0;
        for (int i = 0; i < utf8.length; ) {
            int b = utf8[i];
            if (b >= 0) {
                chars[n++] = (char) b;
                i++;
            } else if ((b & 0xE0) == 0xC0) {
                chars[n++] = (char) ((b & 0x1F) << 6 | utf8[i + 1] & 0x3F);
                i += 2;
            } else if ((b & 0xF0) == 0xE0) {
                chars[n++] = (char) ((b & 0x0F) << 12 | (utf8[i + 1] & 0x3F) << 6 | utf8[i + 2] & 0x3F);
                i += 3;
            } else {
                int code = (b & 0x07) << 18 | (utf8[i + 1] & 0x3F) << 12 | (utf8[i + 2] & 0x3F) << 6 | utf8[i + 3] & 0x3F;
                chars[n++] = Character.highSurrogate(code);
                chars[n++] = Character.lowSurrogate(code);
                i += 4;
            }
        }
        return legacy(chars, n);
    }

    /** A text never has more UTF-16 units than its UTF-8 bytes. */
    private static char[] buffer(int length) {
        char[] chars = BUFFER.get();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
            BUFFER.set(chars);
        }
        return chars;
    }

    /** The earlier form over the first {@code n} UTF-16 characters, four per word. */
    static ContentHash legacy(char[] chars, int n) {
        long a = 0xcbf29ce484222325L ^ n;
        long b = 0x9e3779b97f4a7c15L;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long w = chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32 | (long) chars[i + 3] << 48;
            a = wordA(a, w);
            b = wordB(b, w);
        }
        for (; i < n; i++) {
            a = unitA(a, chars[i]);
            b = unitB(b, chars[i]);
        }
        return new ContentHash(a, b, true);
    }
}
