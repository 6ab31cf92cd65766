package com.baobei.attribution.live;

import com.baobei.contracts.EventData;
import com.baobei.contracts.EventTypes;
import java.time.Instant;

/**
 * Writes a decision's envelope around the data JSON already stored for it, as UTF-8 bytes, so a
 * decision is serialised once, not twice, without building a tree and without a detour through
 * strings: it runs for every publication. The result is exactly {@code EventJson.write(EventEnvelope.of(...))}
 * (tested), field order included.
 */
final class EnvelopeWriter {

    private EnvelopeWriter() {
    }

    static byte[] write(String eventId, Class<? extends EventData> dataClass, String tenantId, String projectId,
                        String clientKey, Instant occurredAt, Instant recordedAt, byte[] dataJson) {
        EventTypes.Type type = EventTypes.of(dataClass);
        JsonBytes json = new JsonBytes(dataJson.length + 400);
        json.begin()
                .field("eventId", eventId)
                .field("eventType", type.name())
                .field("source", type.source())
                .field("tenantId", tenantId)
                .field("projectId", projectId)
                .field("clientKey", clientKey)
                .field("occurredAt", occurredAt)
                .field("recordedAt", recordedAt);
        return json.name("data").json(dataJson).end().toBytes();
    }
}
