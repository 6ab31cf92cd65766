package com.baobei.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The one JSON form of the language. Money is a string ({@code "1234567.00"}) so that no reader
 * turns it into a float; times are ISO-8601; nulls are left out; unknown fields are rejected
 * when reading, since a field we do not know is a contract we did not agree.
 */
public final class EventJson {

    /**
     * With equal short strings read as one object ({@link SharedStrings}): a service may hold a project's decoded events
     * in memory. Not part of {@link #configure}, which the services' REST mappers take.
     */
    private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build())
            .registerModule(new SimpleModule("baobei-shared-strings").addDeserializer(String.class, new SharedStrings()));

    private EventJson() {
    }

    /** The settings of the language, applied to any mapper (services reuse them for their REST bodies). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(new SimpleModule("baobei-instants").addDeserializer(Instant.class, new InstantJson()));
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        // arithmetic can leave a negative scale (3.28E+6); the language has plain digits only
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return mapper;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + envelope.eventType(), e);
        }
    }

    public static String writeString(EventEnvelope envelope) {
        return new String(write(envelope), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Reads an envelope; the data's class comes from the logical type name. */
    public static EventEnvelope read(byte[] json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new MalformedEventException("not a readable event: " + e.getMessage(), e);
        }
    }

    public static EventEnvelope fromTree(JsonNode tree) {
        if (!(tree instanceof ObjectNode node)) {
            throw new MalformedEventException("an event is a JSON object", null);
        }
        String typeName = node.path("eventType").asText(null);
        EventTypes.Type type = EventTypes.named(typeName)
                .orElseThrow(() -> new MalformedEventException("unknown eventType: " + typeName, null));
        try {
            // the header without the data: a shallow copy, the values are only read
            ObjectNode headerNode = MAPPER.createObjectNode();
            JsonNode data = null;
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                if (field.getKey().equals("data")) {
                    data = field.getValue();
                } else {
                    headerNode.set(field.getKey(), field.getValue());
                }
            }
            if (data == null || !data.isObject()) {
                throw new MalformedEventException("missing data of " + typeName, null);
            }
            EventData facts = MAPPER.treeToValue(data, type.dataClass());
            Header header = MAPPER.treeToValue(headerNode, Header.class);
            return new EventEnvelope(header.eventId(), header.eventType(), header.source(), header.tenantId(),
                    header.projectId(), header.clientKey(), header.occurredAt(), header.recordedAt(), facts);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("invalid " + typeName + ": " + e.getMessage(), e);
        }
    }

    private record Header(String eventId, String eventType, String source, String tenantId, String projectId,
                          String clientKey, java.time.Instant occurredAt, java.time.Instant recordedAt) {
    }

    /** A message no reader of this language can understand: it belongs on a dead-letter topic. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
