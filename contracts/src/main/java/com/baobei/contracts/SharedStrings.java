package com.baobei.contracts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads an event's strings so that equal short ones are one object. Each decoded event would otherwise carry its own
 * copy of the tenant, project, type, source, channel, agent and surname, and a service that holds a project's events
 * (attribution, ADR 0031 "Memory, measured") holds hundreds of thousands of them. A small table remembers the last
 * string seen per hash slot: a miss only costs the copy it would have cost anyway, so it needs no eviction and no lock
 * (a string is immutable; a racing write leaves one of two equal answers).
 */
final class SharedStrings extends JsonDeserializer<String> {

    /** Longer strings are ids (event, registration, client key), unique anyway. */
    private static final int MAX_LENGTH = 32;
    private static final int SLOTS = 1 << 12;

    private final String[] slots = new String[SLOTS];

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return shared(parser.getText());
        }
        return StringDeserializer.instance.deserialize(parser, context);
    }

    String shared(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return text;
        }
        int h = text.hashCode();
        int slot = (h ^ h >>> 16) & (SLOTS - 1);
        String known = slots[slot];
        if (text.equals(known)) {
            return known;
        }
        slots[slot] = text;
        return text;
    }
}
