package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.SchemaChanges.Change;
import com.baobei.contracts.SchemaChanges.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ADR 0003's rules as the schema diff applies them, one change at a time on a small released schema. */
class SchemaChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RELEASED = """
            {"type": "object", "additionalProperties": false, "required": ["id", "kind"],
             "properties": {
               "id": {"$ref": "#/$defs/id", "description": "the id"},
               "kind": {"enum": ["AGENCY", "BROKER"]},
               "note": {"type": "string", "maxLength": 200},
               "lines": {"type": "array", "items": {"type": "object", "required": ["amount"],
                         "properties": {"amount": {"type": "string", "pattern": "^-?\\\\d+\\\\.\\\\d{2}$"}}}}},
             "$defs": {"id": {"type": "string", "pattern": "^[a-z]+$"}}}
            """;

    @Test
    void theSameSchemaChangesNothing() {
        assertThat(diff(RELEASED)).isEmpty();
    }

    @Test
    void newWordsOfExplanationChangeNothing() {
        assertThat(diff(RELEASED.replace("\"the id\"", "\"the id, now explained at length\""))).isEmpty();
    }

    @Test
    void aNewOptionalFieldIsTheOneCompatibleChange() {
        List<Change> changes = diff(RELEASED.replace("\"note\": {", "\"channel\": {\"type\": \"string\"}, \"note\": {"));
        assertThat(changes).extracting(Change::kind, Change::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.COMPATIBLE, "$.channel"));
        assertThat(SchemaChanges.breaks(changes)).isFalse();
    }

    @Test
    void aNewRequiredFieldBreaks() {
        assertBreaks(RELEASED.replace("\"note\": {", "\"channel\": {\"type\": \"string\"}, \"note\": {")
                .replace("[\"id\", \"kind\"]", "[\"id\", \"kind\", \"channel\"]"), "$.channel", "new required field");
    }

    @Test
    void aRemovedFieldBreaks() {
        assertBreaks(RELEASED.replace("\"note\": {\"type\": \"string\", \"maxLength\": 200},", ""),
                "$.note", "field removed");
    }

    @Test
    void aNewEnumValueBreaksBecauseStrictReadersRejectIt() {
        assertBreaks(RELEASED.replace("[\"AGENCY\", \"BROKER\"]", "[\"AGENCY\", \"BROKER\", \"REFERRER\"]"),
                "$.kind", "enum values added [REFERRER], removed []");
    }

    @Test
    void anOptionalFieldBecomingRequiredBreaks() {
        assertBreaks(RELEASED.replace("[\"id\", \"kind\"]", "[\"id\", \"kind\", \"note\"]"),
                "$.note", "field became required");
    }

    @Test
    void aRequiredFieldBecomingOptionalBreaks() {
        assertBreaks(RELEASED.replace("[\"id\", \"kind\"]", "[\"id\"]"), "$.kind",
                "field no longer required: readers that rely on it break");
    }

    @Test
    void aChangedBoundBreaks() {
        assertBreaks(RELEASED.replace("200", "100"), "$.note", "maxLength changed from 200 to 100");
    }

    @Test
    void aChangeInsideAReferencedDefinitionIsSeenWhereItIsUsed() {
        assertBreaks(RELEASED.replace("^[a-z]+$", "^[a-z0-9]+$"), "$.id",
                "pattern changed from \"^[a-z]+$\" to \"^[a-z0-9]+$\"");
    }

    @Test
    void aChangeInsideAListsItemsBreaks() {
        assertBreaks(RELEASED.replace("{\"type\": \"string\", \"pattern\"", "{\"type\": \"number\", \"pattern\""),
                "$.lines[].amount", "type changed from \"string\" to \"number\"");
    }

    @Test
    void openingAnObjectToUnknownFieldsBreaks() {
        assertBreaks(RELEASED.replace("\"additionalProperties\": false", "\"additionalProperties\": true"), "$",
                "additionalProperties changed from false to true");
    }

    private static void assertBreaks(String current, String path, String what) {
        List<Change> changes = diff(current);
        assertThat(changes).contains(new Change(Kind.BREAKING, path, what));
        assertThat(SchemaChanges.breaks(changes)).isTrue();
    }

    private static List<Change> diff(String current) {
        return SchemaChanges.between(read(RELEASED), read(current));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
