package com.baobei.attribution.live;

import com.baobei.contracts.EventData;
import com.baobei.contracts.EventTypes;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Instant;

/**
 * Writes a decision's envelope around the data JSON already written for its hash, so a decision is
 * serialised once, not twice, and without building a tree: it runs for every publication. The
 * result is exactly {@code EventJson.write(EventEnvelope.of(...))} (tested), field order included.
 */
final class EnvelopeWriter {

    private EnvelopeWriter() {
    }

    static String write(String eventId, Class<? extends EventData> dataClass, String tenantId, String projectId,
                        String clientKey, Instant occurredAt, Instant recordedAt, String dataJson) {
        EventTypes.Type type = EventTypes.of(dataClass);
        StringBuilder json = new StringBuilder(dataJson.length() + 320);
        field(json.append('{'), "eventId", eventId);
        field(json.append(','), "eventType", type.name());
        field(json.append(','), "source", type.source());
        field(json.append(','), "tenantId", tenantId);
        field(json.append(','), "projectId", projectId);
        if (clientKey != null) {
            field(json.append(','), "clientKey", clientKey);
        }
        field(json.append(','), "occurredAt", occurredAt.toString());
        field(json.append(','), "recordedAt", recordedAt.toString());
        return json.append(",\"data\":").append(dataJson).append('}').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        JsonStringEncoder.getInstance().quoteAsString(value, json);
        json.append('"');
    }
}
