package com.baobei.attribution.persistence;

import com.baobei.contracts.EventEnvelope;

/** An event as received: the decoded envelope and the JSON text it came as. */
public record StoredEvent(EventEnvelope envelope, String json) {
}
