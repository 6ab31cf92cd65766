package com.baobei.attribution.live;

import java.util.HexFormat;

/**
 * A 128-bit content hash of a JSON text. It only tells a decision from its own earlier version, so
 * it needs spread, not cryptographic strength; it reads the characters through a reused buffer,
 * four per round, because it runs over every decision of every fold.
 */
record ContentHash(long a, long b) {

    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[4096]);

    static ContentHash of(String text) {
        int n = text.length();
        char[] chars = buffer(n);
        text.getChars(0, n, chars, 0);
        return of(chars, n);
    }

    /**
     * The hash of the text these UTF-8 bytes encode, equal to {@link #of(String)} of that text: hashes
     * already stored were taken from strings, and the live path now writes decisions as bytes.
     */
    static ContentHash of(byte[] utf8) {
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
        return of(chars, n);
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

    private static ContentHash of(char[] chars, int n) {
        long a = 0xcbf29ce484222325L ^ n;
        long b = 0x9e3779b97f4a7c15L;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long w = chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32 | (long) chars[i + 3] << 48;
            a = (a ^ w) * 0x100000001b3L;
            a ^= a >>> 32;
            b = (b + w) * 0xc6a4a7935bd1e995L;
            b ^= b >>> 29;
        }
        for (; i < n; i++) {
            a = (a ^ chars[i]) * 0x100000001b3L;
            b = (b + chars[i]) * 0xc6a4a7935bd1e995L;
            b ^= b >>> 29;
        }
        return new ContentHash(a, b);
    }

    /** The hash of two texts taken together (a client's current ownership and its history). */
    ContentHash and(ContentHash other) {
        return new ContentHash((a ^ Long.rotateLeft(other.a, 17)) * 0x9e3779b97f4a7c15L,
                (b + Long.rotateLeft(other.b, 31)) * 0xc6a4a7935bd1e995L);
    }

    String hex() {
        return HexFormat.of().toHexDigits(a) + HexFormat.of().toHexDigits(b);
    }
}
