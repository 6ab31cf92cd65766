package com.baobei.attribution.live;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.baobei.attribution.persistence.IsoInstant;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * JSON written straight into UTF-8 bytes, the way the language's mapper ({@code EventJson}) writes
 * it: no whitespace, strings escaped as Jackson escapes them, non-ASCII characters as they are. For
 * the few shapes the live path writes for every decision (see {@link DecisionJson}, {@link EnvelopeWriter}).
 */
final class JsonBytes {

    private byte[] out;
    private int size;
    private boolean first = true;

    JsonBytes(int capacity) {
        out = new byte[capacity];
    }

    JsonBytes begin() {
        comma();
        first = true;
        return put('{');
    }

    JsonBytes end() {
        first = false;
        return put('}');
    }

    JsonBytes beginArray() {
        comma();
        first = true;
        return put('[');
    }

    JsonBytes endArray() {
        first = false;
        return put(']');
    }

    /** A field name; the value follows. */
    JsonBytes name(String name) {
        comma();
        put('"').ascii(name).put('"').put(':');
        first = true;
        return this;
    }

    /** A string field, left out when null (the mapper includes non-null values only). */
    JsonBytes field(String name, String value) {
        return value == null ? this : name(name).string(value);
    }

    JsonBytes field(String name, Enum<?> value) {
        return value == null ? this : name(name).string(value.name());
    }

    JsonBytes field(String name, Object value) {
        return value == null ? this : name(name).string(value.toString());
    }

    JsonBytes field(String name, Instant value) {
        return value == null ? this : name(name).instant(value);
    }

    JsonBytes field(String name, int value) {
        return name(name).raw(Integer.toString(value));
    }

    JsonBytes string(String value) {
        comma();
        put('"');
        switch (form(value)) {
            case ASCII -> ascii(value);
            case UTF_8 -> bytes(value.getBytes(StandardCharsets.UTF_8));
            default -> escaped(value);
        }
        return put('"');
    }

    /** An instant as the mapper writes it: {@code Instant.toString()} in quotes. */
    JsonBytes instant(Instant value) {
        comma();
        room(40);
        out[size++] = '"';
        size = IsoInstant.write(value, out, size);
        out[size++] = '"';
        return this;
    }

    private enum Form { ASCII, UTF_8, ESCAPED }

    /**
     * How a string is written: printable ASCII as it is, other text needing no escape as its UTF-8,
     * the rest (quotes, backslashes, control characters, surrogates) escaped as Jackson escapes it.
     */
    private static Form form(String value) {
        Form form = Form.ASCII;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return Form.ESCAPED;
            }
            if (c > 0x7e) {
                form = Form.UTF_8;
            }
        }
        return form;
    }

    /**
     * Jackson's escapes; a character outside the BMP is written as its two escaped surrogates, as
     * the mapper's UTF-8 generator writes it (the encoder alone would combine them).
     */
    private void escaped(String value) {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (i > from) {
                    bytes(JsonStringEncoder.getInstance().quoteAsUTF8(value.substring(from, i)));
                }
                ascii(String.format("\\u%04X", (int) c));
                from = i + 1;
            }
        }
        if (from < value.length()) {
            bytes(JsonStringEncoder.getInstance().quoteAsUTF8(value.substring(from)));
        }
    }

    /** JSON already written, e.g. a decision's data inside an envelope. */
    JsonBytes json(byte[] utf8) {
        comma();
        return bytes(utf8);
    }

    JsonBytes nul() {
        comma();
        return ascii("null");
    }

    byte[] toBytes() {
        return Arrays.copyOf(out, size);
    }

    private JsonBytes raw(String ascii) {
        comma();
        return ascii(ascii);
    }

    private void comma() {
        if (!first) {
            put(',');
        }
        first = false;
    }

    /** Characters known to be ASCII: the low byte of each is the character (a bulk copy for compact strings). */
    @SuppressWarnings("deprecation")
    private JsonBytes ascii(String text) {
        int length = text.length();
        room(length);
        text.getBytes(0, length, out, size);
        size += length;
        return this;
    }

    private JsonBytes bytes(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, out, size, bytes.length);
        size += bytes.length;
        return this;
    }

    private JsonBytes put(char c) {
        room(1);
        out[size++] = (byte) c;
        return this;
    }

    private void room(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
