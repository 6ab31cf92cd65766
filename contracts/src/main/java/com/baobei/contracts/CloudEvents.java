package com.baobei.contracts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CloudEvents 1.0 in the Kafka protocol binding's binary mode: every record on every topic carries the envelope's
 * attributes as {@code ce_*} headers, and its value stays the envelope's JSON. A partner's CloudEvents SDK, or a
 * router that looks only at headers, learns what a record is without reading it (issue 15). The attributes are the
 * envelope's own: {@code id} the event id, {@code type} its event type, {@code source} the writing service,
 * {@code time} business time, {@code subject} the client key (masked: it never holds a full number, ID-4),
 * {@code dataschema} the published schema of the type.
 */
public final class CloudEvents {

    public static final String SPEC_VERSION = "1.0";

    private CloudEvents() {
    }

    /** The headers of a record carrying {@code envelope}, in a stable order. */
    public static Map<String, String> headers(EventEnvelope envelope) {
        return headers(envelope.eventId(), envelope.eventType(), envelope.source(), envelope.occurredAt(),
                envelope.clientKey());
    }

    /** The same headers from the attributes a writer already holds, without reading any JSON. */
    public static Map<String, String> headers(String eventId, String eventType, String source, Instant occurredAt,
                                              String clientKey) {
        return headers(eventId, eventType, source, occurredAt.toString(), clientKey);
    }

    /**
     * The same headers, read from an envelope already written as JSON (an outbox row): only the attributes are
     * decoded; the event's data is skipped over.
     */
    public static Map<String, String> headers(byte[] envelopeJson) {
        String id = null;
        String type = null;
        String source = null;
        String time = null;
        String subject = null;
        try (JsonParser json = EventJson.mapper().getFactory().createParser(envelopeJson)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new EventJson.MalformedEventException("not a JSON object", null);
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "eventId" -> id = json.getValueAsString();
                    case "eventType" -> type = json.getValueAsString();
                    case "source" -> source = json.getValueAsString();
                    case "occurredAt" -> time = json.getValueAsString();
                    case "clientKey" -> subject = value == JsonToken.VALUE_NULL ? null : json.getValueAsString();
                    default -> json.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an envelope that cannot be read", e);
        }
        if (id == null || type == null || source == null || time == null) {
            throw new EventJson.MalformedEventException("an envelope without eventId, eventType, source or occurredAt",
                    null);
        }
        // RFC 3339 as Instant writes it, whichever ISO form the writer chose
        return headers(id, type, source, Instant.parse(time).toString(), subject);
    }

    private static Map<String, String> headers(String id, String type, String source, String time, String subject) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", SPEC_VERSION);
        headers.put("ce_id", id);
        headers.put("ce_type", type);
        headers.put("ce_source", "/baobei/" + source);
        headers.put("ce_time", time);
        if (subject != null) {
            headers.put("ce_subject", subject);
        }
        if (EventTypes.named(type).isPresent()) {
            headers.put("ce_dataschema", Schemas.id(type));
        }
        headers.put("content-type", "application/json");
        return headers;
    }
}
