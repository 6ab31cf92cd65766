package com.baobei.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every write (POST, PUT, PATCH, DELETE) a service's OpenAPI document declares: what the suite must attack, read
 * from the running service so that an endpoint added later cannot be left out.
 */
final class WriteOperations {

    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");

    /** One declared write: its body's media types, and the JSON body's schema (null when it takes no JSON). */
    record Operation(String service, String method, String path, List<String> mediaTypes, JsonNode jsonSchema,
                     JsonNode document) {

        String key() {
            return service + " " + method + " " + path;
        }

        boolean takesCsv() {
            return mediaTypes.stream().anyMatch(t -> t.startsWith("text/csv"));
        }

        /** Whether a concrete path (the access suite's probe) is an instance of this operation's template. */
        boolean matches(String concretePath) {
            String bare = concretePath.contains("?") ? concretePath.substring(0, concretePath.indexOf('?'))
                    : concretePath;
            return bare.matches(path.replaceAll("\\{[^/]+}", "[^/]+"));
        }

        /** A schema with its {@code $ref}s followed into the document's components. */
        JsonNode resolve(JsonNode schema) {
            JsonNode at = schema;
            while (at != null && at.has("$ref")) {
                String ref = at.get("$ref").asText();
                at = document.at(ref.substring(1));
            }
            if (at != null && at.has("allOf") && at.get("allOf").size() == 1) {
                return resolve(at.get("allOf").get(0));
            }
            return at;
        }
    }

    private WriteOperations() {
    }

    static List<Operation> of(String service, JsonNode document) {
        List<Operation> found = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : WRITES) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<String> mediaTypes = new ArrayList<>();
                JsonNode content = operation.path("requestBody").path("content");
                content.fieldNames().forEachRemaining(mediaTypes::add);
                JsonNode json = content.path("application/json").path("schema");
                found.add(new Operation(service, method.toUpperCase(Locale.ROOT), path.getKey(),
                        List.copyOf(mediaTypes), json.isMissingNode() ? null : json, document));
            }
        }
        return found;
    }
}
