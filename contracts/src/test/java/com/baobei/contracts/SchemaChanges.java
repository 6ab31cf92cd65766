package com.baobei.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between a released JSON Schema and today's, judged by ADR 0003: a new optional field is the one
 * change a v1 type may take (readers first); anything else a strict reader or a partner's validator would notice
 * (a field removed, a field newly required or no longer required, a changed type, pattern, const, bound or
 * enumeration, a new enum value included) needs a new version on its own topic. Descriptions and titles are free.
 *
 * <p>Both schemas are walked side by side from the root; a {@code $ref} is followed into its own document's
 * {@code $defs}, so moving a definition changes nothing while changing what it says is seen where it is used.
 */
final class SchemaChanges {

    enum Kind { COMPATIBLE, BREAKING }

    record Change(Kind kind, String path, String what) {
        @Override
        public String toString() {
            return kind + " " + path + ": " + what;
        }
    }

    /** Words that explain and do not constrain: a change to them is no change to the contract. */
    private static final Set<String> PROSE = Set.of("description", "title", "examples", "$comment", "$id", "$schema");
    /** Walked field by field, not compared whole. */
    private static final Set<String> WALKED = Set.of("properties", "required", "items", "$ref", "$defs");

    private final JsonNode oldRoot;
    private final JsonNode newRoot;
    private final List<Change> changes = new ArrayList<>();

    private SchemaChanges(JsonNode oldRoot, JsonNode newRoot) {
        this.oldRoot = oldRoot;
        this.newRoot = newRoot;
    }

    static List<Change> between(JsonNode released, JsonNode current) {
        SchemaChanges diff = new SchemaChanges(released, current);
        diff.compare("$", released, current, 0);
        return List.copyOf(diff.changes);
    }

    static boolean breaks(List<Change> changes) {
        return changes.stream().anyMatch(c -> c.kind() == Kind.BREAKING);
    }

    private void compare(String path, JsonNode was, JsonNode now, int depth) {
        if (depth > 64) {
            throw new IllegalStateException(path + ": schemas nest deeper than 64 levels (a $ref cycle?)");
        }
        was = resolve(oldRoot, was);
        now = resolve(newRoot, now);
        compareKeywords(path, was, now);
        compareProperties(path, was, now, depth);
        compareRequired(path, was, now);
        if (was.has("items") || now.has("items")) {
            if (was.has("items") && now.has("items")) {
                compare(path + "[]", was.get("items"), now.get("items"), depth + 1);
            } else {
                breaking(path, "items " + (was.has("items") ? "removed" : "added"));
            }
        }
    }

    private void compareKeywords(String path, JsonNode was, JsonNode now) {
        Set<String> keywords = new TreeSet<>();
        was.fieldNames().forEachRemaining(keywords::add);
        now.fieldNames().forEachRemaining(keywords::add);
        for (String keyword : keywords) {
            if (PROSE.contains(keyword) || WALKED.contains(keyword)) {
                continue;
            }
            JsonNode before = was.get(keyword);
            JsonNode after = now.get(keyword);
            if (before == null || after == null || !before.equals(after)) {
                breaking(path, keywordChange(keyword, before, after));
            }
        }
    }

    private static String keywordChange(String keyword, JsonNode before, JsonNode after) {
        if ("enum".equals(keyword) && before != null && after != null) {
            return "enum values added " + missingFrom(before, after) + ", removed " + missingFrom(after, before);
        }
        return keyword + " " + (before == null ? "added: " + after : after == null ? "removed (was " + before + ")"
                : "changed from " + before + " to " + after);
    }

    private static Set<String> missingFrom(JsonNode values, JsonNode others) {
        Set<String> missing = new TreeSet<>();
        others.forEach(v -> {
            if (!contains(values, v)) {
                missing.add(v.asText());
            }
        });
        return missing;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode v : array) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private void compareProperties(String path, JsonNode was, JsonNode now, int depth) {
        JsonNode before = was.path("properties");
        JsonNode after = now.path("properties");
        for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (after.has(name)) {
                compare(path + "." + name, before.get(name), after.get(name), depth + 1);
            } else {
                breaking(path + "." + name, "field removed");
            }
        }
        for (Iterator<String> names = after.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!before.has(name)) {
                if (contains(now.path("required"), TextNode.valueOf(name))) {
                    breaking(path + "." + name, "new required field");
                } else {
                    changes.add(new Change(Kind.COMPATIBLE, path + "." + name,
                            "new optional field: consumers take the schema before the producer writes it"));
                }
            }
        }
    }

    private void compareRequired(String path, JsonNode was, JsonNode now) {
        for (JsonNode name : now.path("required")) {
            if (!contains(was.path("required"), name) && was.path("properties").has(name.asText())) {
                breaking(path + "." + name.asText(), "field became required");
            }
        }
        for (JsonNode name : was.path("required")) {
            if (!contains(now.path("required"), name) && now.path("properties").has(name.asText())) {
                breaking(path + "." + name.asText(), "field no longer required: readers that rely on it break");
            }
        }
    }

    /** The node a {@code $ref} names in its own document ({@code #/$defs/...} only: the schemas are self-contained). */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String pointer = ref.asText();
        if (!pointer.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are expected, found " + pointer);
        }
        JsonNode target = root.at(pointer.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("unresolved reference " + pointer);
        }
        // Keywords beside the $ref (a description, usually) apply too; the target's win only where the node is silent.
        ObjectNode merged = ((ObjectNode) target).deepCopy();
        node.fields().forEachRemaining(e -> {
            if (!"$ref".equals(e.getKey())) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return resolve(root, merged);
    }

    private void breaking(String path, String what) {
        changes.add(new Change(Kind.BREAKING, path, what));
    }
}
