package com.baobei.e2e.hostile;

import com.baobei.e2e.hostile.WriteOperations.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a JSON request body as its schema declares them, flattened to the paths the services' problems name
 * ({@code rows[0].clientSurname}), and the two edits the cases make to a valid body: set one field, drop one.
 */
final class Fields {

    enum Kind { TEXT, ENUM, DATE, DATE_TIME, INTEGER, NUMBER, BOOLEAN, LIST, OBJECT }

    record Field(String path, String name, Kind kind, boolean required) {

        /** Text a person writes, where a full phone number has no place (ID-4): names, statements, notes, reasons. */
        boolean freeText() {
            return kind == Kind.TEXT && !name.endsWith("Id") && FREE_TEXT.matcher(name).matches();
        }

        boolean id() {
            return kind == Kind.TEXT && (name.endsWith("Id") || name.endsWith("Ids"));
        }
    }

    private static final Pattern FREE_TEXT = Pattern.compile(
            "(?i).*(surname|statement|note|evidence|reason|rationale|remark|comment|description|name|office).*");
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    private Fields() {
    }

    static List<Field> of(Operation operation) {
        List<Field> fields = new ArrayList<>();
        collect(operation, operation.resolve(operation.jsonSchema()), "", fields, 0);
        return fields;
    }

    private static void collect(Operation operation, JsonNode schema, String prefix, List<Field> into, int depth) {
        if (schema == null || depth > 4) {
            return;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            JsonNode own = operation.resolve(property.getValue());
            Kind kind = kind(own);
            into.add(new Field(path, name, kind, required.contains(name)));
            if (kind == Kind.OBJECT) {
                collect(operation, own, path, into, depth + 1);
            } else if (kind == Kind.LIST) {
                JsonNode items = operation.resolve(own.path("items"));
                Kind itemKind = kind(items);
                if (itemKind == Kind.OBJECT) {
                    collect(operation, items, path + "[0]", into, depth + 1);
                } else if (itemKind != Kind.LIST) {
                    // an element of a list of scalars, such as evidenceRefs[0]: named like its list
                    into.add(new Field(path + "[0]", name, itemKind, false));
                }
            }
        }
    }

    static Kind kind(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return Kind.OBJECT;
        }
        if (schema.has("enum")) {
            return Kind.ENUM;
        }
        String type = schema.path("type").isArray() ? firstNonNull(schema.path("type")) : schema.path("type").asText();
        String format = schema.path("format").asText();
        return switch (type) {
            case "string" -> format.equals("date") ? Kind.DATE : format.equals("date-time") ? Kind.DATE_TIME
                    : Kind.TEXT;
            case "integer" -> Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            case "array" -> Kind.LIST;
            default -> Kind.OBJECT;
        };
    }

    private static String firstNonNull(JsonNode types) {
        for (JsonNode type : types) {
            if (!type.asText().equals("null")) {
                return type.asText();
            }
        }
        return "";
    }

    /** The value at a path of a body, or null. */
    static JsonNode get(JsonNode body, String path) {
        JsonNode at = body;
        for (Object step : steps(path)) {
            if (at == null) {
                return null;
            }
            at = step instanceof Integer i ? at.get(i) : at.get((String) step);
        }
        return at;
    }

    /** The body with one field set, creating the objects and lists on the way; false if the path cannot be made. */
    static boolean set(ObjectNode body, String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode at = body;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            boolean nextIsIndex = steps.get(i + 1) instanceof Integer;
            JsonNode next = step instanceof Integer index ? at.get(index) : at.get((String) step);
            if (next == null || next.isNull()) {
                // only a list of scalars is made (evidenceRefs[0]); an object made here would lack its other fields,
                // and a refusal of those would be taken for a refusal of the case's value
                if (i != steps.size() - 2 || !nextIsIndex) {
                    return false;
                }
                JsonNode made = nextIsIndex ? body.arrayNode() : body.objectNode();
                if (at instanceof ObjectNode object && step instanceof String name) {
                    object.set(name, made);
                } else if (at instanceof ArrayNode array && step instanceof Integer index && index == array.size()) {
                    array.add(made);
                } else {
                    return false;
                }
                next = made;
            }
            at = next;
        }
        Object last = steps.get(steps.size() - 1);
        if (at instanceof ObjectNode object && last instanceof String name) {
            object.set(name, value);
            return true;
        }
        if (at instanceof ArrayNode array && last instanceof Integer index) {
            if (index < array.size()) {
                array.set(index, value);
                return true;
            }
            if (index == array.size()) {
                array.add(value);
                return true;
            }
        }
        return false;
    }

    /** The body without one field; false if it had none there. */
    static boolean remove(ObjectNode body, String path) {
        List<Object> steps = steps(path);
        JsonNode parent = steps.size() == 1 ? body : get(body, join(steps.subList(0, steps.size() - 1)));
        Object last = steps.get(steps.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String name && object.has(name)) {
            object.remove(name);
            return true;
        }
        return false;
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
        }
        return steps;
    }

    private static String join(List<Object> steps) {
        StringBuilder path = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer i) {
                path.append('[').append(i).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(step);
            }
        }
        return path.toString();
    }
}
