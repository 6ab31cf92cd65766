package com.baobei.attribution.persistence;

import com.baobei.contracts.EventEnvelope;

/** An event as received: the decoded envelope and the UTF-8 JSON it came as (stored as received). */
public record StoredEvent(EventEnvelope envelope, byte[] json) {
}
