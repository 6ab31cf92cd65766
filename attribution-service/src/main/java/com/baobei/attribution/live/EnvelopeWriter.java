package com.baobei.attribution.live;

import com.baobei.contracts.EventData;
import com.baobei.contracts.EventTypes;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Instant;
import java.util.Arrays;

/**
 * Writes a decision's envelope around the data JSON already stored for it, as UTF-8 bytes, so a
 * decision is serialised once, not twice, without building a tree and without a detour through
 * strings: it runs for every publication. The result is exactly {@code EventJson.write(EventEnvelope.of(...))}
 * (tested), field order included.
 */
final class EnvelopeWriter {

    private byte[] out;
    private int size;

    private EnvelopeWriter(int capacity) {
        out = new byte[capacity];
    }

    static byte[] write(String eventId, Class<? extends EventData> dataClass, String tenantId, String projectId,
                        String clientKey, Instant occurredAt, Instant recordedAt, byte[] dataJson) {
        EventTypes.Type type = EventTypes.of(dataClass);
        EnvelopeWriter json = new EnvelopeWriter(dataJson.length + 400);
        json.ascii("{").field("eventId", eventId);
        json.ascii(",").field("eventType", type.name());
        json.ascii(",").field("source", type.source());
        json.ascii(",").field("tenantId", tenantId);
        json.ascii(",").field("projectId", projectId);
        if (clientKey != null) {
            json.ascii(",").field("clientKey", clientKey);
        }
        json.ascii(",").field("occurredAt", occurredAt.toString());
        json.ascii(",").field("recordedAt", recordedAt.toString());
        json.ascii(",\"data\":").put(dataJson).ascii("}");
        return Arrays.copyOf(json.out, json.size);
    }

    private EnvelopeWriter field(String name, String value) {
        ascii("\"").ascii(name).ascii("\":\"");
        if (plain(value)) {
            ascii(value);
        } else {
            put(JsonStringEncoder.getInstance().quoteAsUTF8(value));
        }
        return ascii("\"");
    }

    /** Printable ASCII that JSON does not escape: ids, keys and instants almost always are. */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private EnvelopeWriter ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            out[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    private EnvelopeWriter put(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, out, size, bytes.length);
        size += bytes.length;
        return this;
    }

    private void room(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
