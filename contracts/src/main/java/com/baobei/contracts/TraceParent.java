package com.baobei.contracts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The W3C Trace Context {@code traceparent} a record carries next to its CloudEvents headers (ADR 0026): the trace
 * of the request that caused the event, so one registration's path through the services is one trace. It is
 * metadata about the delivery, never part of the envelope: a re-send after a crash carries the same value, and a
 * record without it (written before ADR 0026, or by a partner) is as valid as one with it.
 */
public final class TraceParent {

    /** The Kafka header (and the Axon metadata key) that carries it. */
    public static final String HEADER = "traceparent";

    /** version 00: {@code 00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>}, lower case. */
    private static final Pattern FORM = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);

    private TraceParent() {
    }

    /** The value when it is a well-formed version-00 traceparent with non-zero ids; empty otherwise. */
    public static Optional<String> valid(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(value);
        if (!m.matches() || m.group(1).equals(ZERO_TRACE) || m.group(2).equals(ZERO_SPAN)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The trace id of a well-formed traceparent (what a log line names as its trace id). */
    public static Optional<String> traceId(String value) {
        return valid(value).map(v -> v.substring(3, 35));
    }
}
