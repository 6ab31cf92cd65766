package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas themselves: well-formed, tied to the registry, and describing every field of the records. */
class SchemaFilesTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** Strings that carry a full number; no string anywhere in a schema may accept one (ID-4). */
    private static final List<String> LEAKS = List.of("13812345678", "13812345678.00", "电话13812345678",
            "13812345678:binjiang-garden:138****5678", "hongtai:binjiang-garden:13812345678");

    static Stream<String> types() {
        return EventTypes.all().stream().map(EventTypes.Type::name);
    }

    @ParameterizedTest
    @MethodSource("types")
    void the_schema_is_a_valid_draft_2020_12_schema(String type) {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(schemaOf(type))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void the_schema_is_tied_to_its_registry_entry(String type) {
        JsonNode schema = schemaOf(type);
        EventTypes.Type entry = EventTypes.named(type).orElseThrow();

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(Schemas.id(type));
        assertThat(schema.at("/properties/eventType/const").asText()).isEqualTo(type);
        assertThat(schema.at("/properties/source/const").asText()).isEqualTo(entry.source());
    }

    @ParameterizedTest
    @MethodSource("types")
    void the_schema_describes_every_field_of_the_envelope_and_the_records(String type) {
        JsonNode schema = schemaOf(type);
        List<String> problems = new ArrayList<>();

        Set<String> envelope = names(schema.path("properties"));
        Set<String> components = componentNames(EventEnvelope.class);
        // about no client: a statement, master data (ADR 0014); about no project: tenant-wide master data
        if (type.equals("commission.StatementIssued.v1") || type.startsWith("masterdata.")) {
            components.remove("clientKey");
        }
        if (!EventTypes.named(type).orElseThrow().aboutAProject()) {
            components.remove("projectId");
        }
        if (!envelope.equals(components)) {
            problems.add("envelope: schema " + envelope + " vs record " + components);
        }
        describes(schema, schema.at("/properties/data"), EventTypes.named(type).orElseThrow().dataClass(), "data",
                problems);

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void every_object_in_the_schema_rejects_unknown_fields(String type) {
        List<String> open = new ArrayList<>();
        walk(schemaOf(type), "", (path, node) -> {
            boolean condition = path.endsWith("/if") || path.contains("/if/");
            if (!condition && node.has("properties") && !node.path("additionalProperties").equals(BooleanNode.FALSE)) {
                open.add(path);
            }
        });

        assertThat(open).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void no_string_anywhere_in_the_schema_accepts_a_full_phone_number(String type) {
        JsonNode schema = schemaOf(type);
        List<String> leaky = new ArrayList<>();
        walk(schema, "", (path, node) -> {
            if (!node.path("type").asText().equals("string")) {
                return;
            }
            if (acceptsAFullNumber(node, schema.path("$defs"))) {
                leaky.add(path);
            }
        });

        assertThat(leaky).isEmpty();
    }

    @Test
    void the_leak_check_itself_catches_a_loose_string() {
        JsonNode noDefs = EventJson.mapper().createObjectNode();
        assertThat(acceptsAFullNumber(EventJson.mapper().createObjectNode().put("type", "string"), noDefs)).isTrue();
        assertThat(acceptsAFullNumber(EventJson.mapper().createObjectNode().put("type", "string")
                .put("pattern", "^-?\\d+(\\.\\d{1,2})?$"), noDefs)).isTrue();
    }

    private static boolean acceptsAFullNumber(JsonNode stringSchema, JsonNode defs) {
        ObjectNode alone = stringSchema.deepCopy();
        alone.set("$defs", defs);
        JsonSchema check = FACTORY.getSchema(alone);
        return LEAKS.stream().anyMatch(leak -> check.validate(new TextNode(leak)).isEmpty());
    }

    private static void describes(JsonNode root, JsonNode schema, Class<?> recordClass, String path,
                                  List<String> problems) {
        JsonNode object = resolve(root, schema);
        Set<String> properties = names(object.path("properties"));
        Set<String> components = componentNames(recordClass);
        if (!properties.equals(components)) {
            problems.add(path + ": schema " + properties + " vs record " + components);
            return;
        }
        Set<String> required = new TreeSet<>();
        object.path("required").forEach(n -> required.add(n.asText()));
        for (RecordComponent component : recordClass.getRecordComponents()) {
            String at = path + "." + component.getName();
            JsonNode property = resolve(root, object.path("properties").path(component.getName()));
            Class<?> type = component.getType();
            if (type.isPrimitive() && !required.contains(component.getName())) {
                problems.add(at + ": always written, so it must be required");
            }
            if (List.class.isAssignableFrom(type) && !required.contains(component.getName())) {
                problems.add(at + ": a list is always written (empty when none), so it must be required");
            }
            String expected = expectedType(type);
            if (expected != null && !property.path("type").asText().equals(expected)) {
                problems.add(at + ": expected JSON type " + expected + " but schema says " + property.path("type"));
            }
            if (type.isEnum()) {
                List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                List<String> allowed = new ArrayList<>();
                property.path("enum").forEach(n -> allowed.add(n.asText()));
                if (!allowed.equals(constants)) {
                    problems.add(at + ": enum " + allowed + " vs Java " + constants);
                }
            } else if (type.isRecord()) {
                describes(root, property, type, at, problems);
            } else if (List.class.isAssignableFrom(type)) {
                Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                if (!property.path("type").asText().equals("array")) {
                    problems.add(at + ": a list must be an array");
                } else if (element.isRecord()) {
                    describes(root, property.path("items"), element, at + "[]", problems);
                }
            }
        }
    }

    private static String expectedType(Class<?> type) {
        if (type == boolean.class) {
            return "boolean";
        }
        if (type == int.class || type == long.class) {
            return "integer";
        }
        if (type == String.class || type == BigDecimal.class || type == Instant.class || type == LocalDate.class) {
            return "string";
        }
        if (type.isRecord()) {
            return "object";
        }
        return null;
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? schema : resolve(root, root.at(ref.asText().substring(1)));
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> componentNames(Class<?> recordClass) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent c : recordClass.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    private static void walk(JsonNode node, String path, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(path, node);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + "/" + field.getKey(), visit);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visit);
            }
        }
    }

    private static JsonNode schemaOf(String type) {
        return SchemaAssertions.readResource(Schemas.path(type));
    }
}
