package com.baobei.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Whether an answer refused a case as it should: the status, problem+json, and a problem that names the field. */
final class Verdict {

    /** A name that any non-blank {@code errors[].field} matches: where reading broke off, for malformed JSON. */
    static final String ANY_FIELD = "*";

    private Verdict() {
    }

    /** What is wrong with the answer, or null when nothing is. */
    static String of(HostileCase hostile, HttpResponse<String> answer, ObjectMapper json) {
        List<String> wrong = new ArrayList<>();
        int status = answer.statusCode();
        if (!hostile.statuses().contains(status)) {
            wrong.add("status " + status + ", expected " + hostile.statuses());
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            wrong.add("Content-Type '" + type + "'");
        }
        JsonNode body = parse(answer.body(), json);
        if (!hostile.names().isEmpty() && !names(body, hostile)) {
            wrong.add("the problem does not name " + hostile.names());
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong) + " | " + abbreviate(answer.body());
    }

    /** An entry of {@code errors} whose field is one of the names (or a path ending in one); else the detail. */
    static boolean names(JsonNode body, HostileCase hostile) {
        JsonNode errors = body.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            for (JsonNode error : errors) {
                String field = error.path("field").asText("");
                for (String name : hostile.names()) {
                    if (name.equals(ANY_FIELD) && !field.isBlank()) {
                        return true;
                    }
                    // a path inside the named field (events[3], policy.zones) names it more precisely
                    if (field.equals(name) || field.endsWith("." + name) || name.endsWith("." + field)
                            || field.startsWith(name + "[") || field.startsWith(name + ".")) {
                        return true;
                    }
                }
            }
            return false;
        }
        String detail = body.path("detail").asText("");
        return hostile.names().stream().anyMatch(detail::contains);
    }

    private static JsonNode parse(String text, ObjectMapper json) {
        try {
            JsonNode node = text == null || text.isBlank() ? null : json.readTree(text);
            return node == null ? json.createObjectNode() : node;
        } catch (java.io.IOException e) {
            return json.createObjectNode();
        }
    }

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
    }
}
