package com.baobei.attribution.intake;

import com.baobei.contracts.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ID-4 in the events this service reads: a full mobile number typed into any text of an event (a surname, a
 * statement, a rationale, an id) must not reach a decision, the event store or a partner's topic. The API refuses
 * such an event (a simulation: 422 naming the field); a consumer cannot refuse what a producer already published,
 * so it redacts the number before the event is stored or folded.
 */
public final class FullPhones {

    /**
     * What a masked-number field holds instead of a full number: not the masked form, which would turn a
     * registration ID-1 rejects (a number not masked) into one it accepts.
     */
    static final String WITHHELD = "(full number withheld)";

    private static final Pattern INSTANT = Pattern.compile(
            "[+-]?\\d{4,10}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?");

    /** A minted id: its hex groups, split by dashes, can read as a number split by separators. */
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private FullPhones() {
    }

    /** The JSON path of the first text holding a full number, or null when there is none. */
    public static String firstFullPhone(JsonNode tree) {
        return first(tree, "");
    }

    /** Replaces, in place, every full number in every text of the event; whether anything changed. */
    public static boolean redact(JsonNode tree) {
        boolean changed = false;
        if (tree instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (isHash(field.getKey())) {
                    continue;
                }
                if (value.isTextual()) {
                    String redacted = redacted(field.getKey(), value.textValue());
                    if (redacted != null) {
                        field.setValue(TextNode.valueOf(redacted));
                        changed = true;
                    }
                } else if (value.isArray() && field.getKey().endsWith("MaskedPhones")) {
                    changed |= redactElements((ArrayNode) value, field.getKey());
                } else {
                    changed |= redact(value);
                }
            }
        } else if (tree instanceof ArrayNode array) {
            changed = redactElements(array, "");
        }
        return changed;
    }

    private static boolean redactElements(ArrayNode array, String name) {
        boolean changed = false;
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (element.isTextual()) {
                String redacted = redacted(name, element.textValue());
                if (redacted != null) {
                    array.set(i, TextNode.valueOf(redacted));
                    changed = true;
                }
            } else {
                changed |= redact(element);
            }
        }
        return changed;
    }

    /** The text to store instead, or null when the text holds no full number. */
    private static String redacted(String fieldName, String text) {
        if (!mayHoldPhone(text) || !Texts.holdsFullPhone(text)) {
            return null;
        }
        boolean maskedField = fieldName.endsWith("maskedPhone") || fieldName.endsWith("MaskedPhone")
                || fieldName.endsWith("MaskedPhones");
        return maskedField ? WITHHELD : Texts.redactFullPhones(text);
    }

    private static String first(JsonNode node, String path) {
        if (node.isTextual()) {
            return mayHoldPhone(node.textValue()) && Texts.holdsFullPhone(node.textValue()) ? path : null;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (isHash(field.getKey())) {
                    continue;
                }
                String found = first(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = first(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * A keyed hash of a number (phoneHash, referrerPhoneHash) is what partners may see (ID-4); its hex digits can
     * happen to look like a number, and changing it would break matching.
     */
    private static boolean isHash(String fieldName) {
        return fieldName.endsWith("Hash");
    }

    /**
     * Cheap first look (every event of a replay passes here): a full number has at least eleven digits. An instant
     * ({@code 2025-01-01T03:41:51.780821917Z}) is not text anyone typed, and its fraction would read as a number
     * split by a dot.
     */
    private static boolean mayHoldPhone(String text) {
        if (INSTANT.matcher(text).matches() || UUID.matcher(text).matches()) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < text.length() && digits < 11; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER) {
                digits++;
            }
        }
        return digits >= 11;
    }
}
