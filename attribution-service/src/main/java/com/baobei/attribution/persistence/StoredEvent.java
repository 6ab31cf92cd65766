package com.baobei.attribution.persistence;

import com.baobei.contracts.EventEnvelope;

/**
 * An event as received: the decoded envelope, the UTF-8 JSON it came as (stored as received), and the W3C
 * traceparent its record carried (null if none), kept so the decisions it causes continue its trace (ADR 0026).
 */
public record StoredEvent(EventEnvelope envelope, byte[] json, String traceparent) {

    public StoredEvent(EventEnvelope envelope, byte[] json) {
        this(envelope, json, null);
    }
}
