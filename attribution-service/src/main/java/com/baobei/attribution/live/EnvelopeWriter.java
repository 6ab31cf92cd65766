package com.baobei.attribution.live;

import com.baobei.contracts.EventData;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.EventTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.time.Instant;

/**
 * Writes a decision's envelope around the data JSON already written for its hash, so a decision is
 * serialised once, not twice. The result is exactly {@code EventJson.write(EventEnvelope.of(...))}
 * (tested).
 */
final class EnvelopeWriter {

    private EnvelopeWriter() {
    }

    static String write(String eventId, Class<? extends EventData> dataClass, String tenantId, String projectId,
                        String clientKey, Instant occurredAt, Instant recordedAt, String dataJson) {
        EventTypes.Type type = EventTypes.of(dataClass);
        ObjectNode envelope = EventJson.mapper().createObjectNode();
        envelope.put("eventId", eventId);
        envelope.put("eventType", type.name());
        envelope.put("source", type.source());
        envelope.put("tenantId", tenantId);
        envelope.put("projectId", projectId);
        if (clientKey != null) {
            envelope.put("clientKey", clientKey);
        }
        envelope.put("occurredAt", occurredAt.toString());
        envelope.put("recordedAt", recordedAt.toString());
        envelope.putRawValue("data", new RawValue(dataJson));
        try {
            return EventJson.mapper().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type.name(), e);
        }
    }
}
