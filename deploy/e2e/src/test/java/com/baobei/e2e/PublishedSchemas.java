package com.baobei.e2e;

import com.baobei.contracts.EventJson;
import com.baobei.contracts.Schemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Issue 15: what a partner does with what they receive. Every record is checked against the published JSON Schema of
 * its own {@code eventType} (draft 2020-12) by an independent validator (networknt), as loaded from the contracts jar;
 * a record whose type has no schema is a failure too. Its CloudEvents headers (binary mode) must say what its
 * envelope says.
 */
final class PublishedSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    /** Records checked per event type. */
    final Map<String, Integer> checked = new TreeMap<>();
    /** {@code topic@partition:offset (type): what failed}, for every record that failed. */
    final List<String> failures = new ArrayList<>();
    /** Records whose CloudEvents headers are missing or say something else than the envelope. */
    final List<String> headerFailures = new ArrayList<>();

    void check(ConsumerRecord<byte[], byte[]> record) {
        String where = record.topic() + "@" + record.partition() + ":" + record.offset();
        JsonNode value;
        try {
            value = EventJson.mapper().readTree(record.value());
        } catch (IOException | RuntimeException e) {
            failures.add(where + ": not JSON (" + e.getMessage() + ")");
            return;
        }
        String type = value.path("eventType").asText("");
        checked.merge(type, 1, Integer::sum);
        JsonSchema schema;
        try {
            schema = schemas.computeIfAbsent(type, PublishedSchemas::load);
        } catch (IllegalArgumentException unknown) {
            failures.add(where + ": no published schema for type '" + type + "'");
            return;
        }
        Set<ValidationMessage> problems = schema.validate(value);
        if (!problems.isEmpty()) {
            failures.add(where + " (" + type + "): " + problems.stream().map(ValidationMessage::getMessage).toList());
        }
        checkCloudEvent(where, record, value);
    }

    /** CloudEvents 1.0, Kafka binary mode: the required attributes as ce_ headers, equal to the envelope's. */
    private void checkCloudEvent(String where, ConsumerRecord<byte[], byte[]> record, JsonNode value) {
        Map<String, String> expected = new TreeMap<>(Map.of("ce_specversion", "1.0",
                "ce_id", value.path("eventId").asText(), "ce_type", value.path("eventType").asText(),
                "ce_source", "/baobei/" + value.path("source").asText(), "content-type", "application/json"));
        List<String> wrong = new ArrayList<>();
        expected.forEach((name, want) -> {
            String got = header(record, name);
            if (!want.equals(got)) {
                wrong.add(name + "=" + got + " (want " + want + ")");
            }
        });
        String time = header(record, "ce_time");
        if (time == null || !java.time.Instant.parse(time).equals(java.time.Instant.parse(
                value.path("occurredAt").asText()))) {
            wrong.add("ce_time=" + time + " (want " + value.path("occurredAt").asText() + ")");
        }
        if (!wrong.isEmpty()) {
            headerFailures.add(where + ": " + wrong);
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        org.apache.kafka.common.header.Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null
                : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonSchema load(String type) {
        String path = Schemas.path(type);
        try (InputStream in = PublishedSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + path + " on the classpath");
            }
            return FACTORY.getSchema(EventJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
