package com.baobei.attribution.live;

import com.baobei.contracts.EventData;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.EventTypes;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes a decision's envelope around the data JSON already stored for it, so a decision is serialised once, not
 * twice. The result is exactly {@code EventJson.write(EventEnvelope.of(...))} (tested), field order included: the
 * mapper's own generator writes the fields, absent ones left out as the mapper leaves them out.
 */
final class EnvelopeWriter {

    private EnvelopeWriter() {
    }

    static byte[] write(String eventId, Class<? extends EventData> dataClass, String tenantId, String projectId,
                        String clientKey, Instant occurredAt, Instant recordedAt, byte[] dataJson) {
        EventTypes.Type type = EventTypes.of(dataClass);
        ByteArrayOutputStream out = new ByteArrayOutputStream(dataJson.length + 400);
        try (JsonGenerator json = EventJson.mapper().createGenerator(out)) {
            json.writeStartObject();
            field(json, "eventId", eventId);
            field(json, "eventType", type.name());
            field(json, "source", type.source());
            field(json, "tenantId", tenantId);
            field(json, "projectId", projectId);
            field(json, "clientKey", clientKey);
            field(json, "occurredAt", occurredAt);
            field(json, "recordedAt", recordedAt);
            json.writeFieldName("data");
            json.writeRawValue(new String(dataJson, StandardCharsets.UTF_8));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void field(JsonGenerator json, String name, Object value) throws IOException {
        if (value != null) {
            json.writeObjectField(name, value);
        }
    }
}
