package com.baobei.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test helper (test-jar): checks a message against the JSON Schema of its {@code eventType}, plus
 * what a schema cannot say: no full phone number anywhere (ID-4), and a client key that belongs to
 * the envelope's tenant and project and, when the facts carry a masked phone, is that client's.
 * Services call {@link #assertValid(byte[])} on what they put on a topic.
 */
public final class SchemaAssertions {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaAssertions() {
    }

    public static void assertValid(byte[] json) {
        List<String> problems = violations(json);
        if (!problems.isEmpty()) {
            throw new AssertionError("event does not meet its contract: " + problems);
        }
    }

    public static void assertValid(String json) {
        assertValid(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the envelope in the one JSON form ({@link EventJson}) and checks that. */
    public static void assertValid(EventEnvelope envelope) {
        assertValid(EventJson.write(envelope));
    }

    /** Every way the message breaks its contract; empty when it keeps it. */
    public static List<String> violations(byte[] json) {
        List<String> problems = new ArrayList<>(PersonalData.fullPhoneNumbers(new String(json, StandardCharsets.UTF_8))
                .stream().map(found -> "full phone number (ID-4) at " + found).toList());
        JsonNode tree;
        try {
            tree = EventJson.mapper().readTree(json);
        } catch (IOException e) {
            problems.add("not JSON: " + e.getMessage());
            return problems;
        }
        String type = tree == null ? null : tree.path("eventType").asText(null);
        if (type == null || EventTypes.named(type).isEmpty()) {
            problems.add("unknown eventType: " + type);
            return problems;
        }
        for (ValidationMessage message : schema(type).validate(tree)) {
            problems.add(message.getMessage());
        }
        problems.addAll(keyProblems(tree));
        return problems;
    }

    public static List<String> violations(String json) {
        return violations(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The compiled schema of one event type, loaded from this jar's classpath. */
    public static JsonSchema schema(String eventType) {
        return SCHEMAS.computeIfAbsent(eventType, type -> FACTORY.getSchema(
                SchemaLocation.of(Schemas.id(type)), readResource(Schemas.path(type)), CONFIG));
    }

    /** A classpath resource of the contracts jar as a JSON tree. */
    public static JsonNode readResource(String resource) {
        try (InputStream in = SchemaAssertions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> keyProblems(JsonNode tree) {
        List<String> problems = new ArrayList<>();
        JsonNode clientKey = tree.get("clientKey");
        if (clientKey == null || !clientKey.isTextual()) {
            return problems;
        }
        String tenant = tree.path("tenantId").asText();
        String project = tree.path("projectId").asText();
        String prefix = ClientKeys.projectKey(tenant, project) + ":";
        if (!clientKey.asText().startsWith(prefix)) {
            problems.add("clientKey " + clientKey.asText() + " is not of tenant/project " + prefix);
        }
        JsonNode maskedPhone = tree.path("data").get("maskedPhone");
        // a decision's key may carry ~2, ~3 … for a second person behind the same masked number (ID-3)
        String person = clientKey.asText().replaceFirst("~[1-9]\\d*$", "");
        if (maskedPhone != null && maskedPhone.isTextual()
                && !person.equals(ClientKeys.clientKey(tenant, project, maskedPhone.asText()))) {
            problems.add("clientKey " + clientKey.asText() + " is not the key of data.maskedPhone " + maskedPhone.asText());
        }
        return problems;
    }
}
