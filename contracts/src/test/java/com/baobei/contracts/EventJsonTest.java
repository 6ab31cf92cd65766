package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.Purchased;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one JSON form: what it writes, and what it refuses to read. */
class EventJsonTest {

    record Spoil(String name, Consumer<ObjectNode> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Spoil> unknownFields() {
        return Stream.of(
                new Spoil("in the envelope", e -> e.put("traceId", "abc")),
                new Spoil("in the data", e -> data(e).put("fullPhone", "138****5678")),
                new Spoil("in a nested record", e -> ((ObjectNode) data(e).get("relatedParty")).put("note", "x")));
    }

    @ParameterizedTest
    @MethodSource("unknownFields")
    void unknown_fields_are_refused_not_ignored(Spoil spoil) {
        ObjectNode event = tree(SampleEvents.purchased());
        spoil.change().accept(event);

        assertThatThrownBy(() -> EventJson.read(bytes(event)))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageContaining("visit.Purchased.v1");
    }

    static Stream<Spoil> malformations() {
        return Stream.of(
                new Spoil("unknown type", e -> e.put("eventType", "visit.Purchased.v7")),
                new Spoil("no type", e -> e.remove("eventType")),
                new Spoil("no data", e -> e.remove("data")),
                new Spoil("data not an object", e -> e.put("data", "x")),
                new Spoil("no event id", e -> e.remove("eventId")),
                new Spoil("no business time", e -> e.remove("occurredAt")),
                new Spoil("a time that is no time", e -> e.put("recordedAt", "yesterday")),
                new Spoil("an enum value nobody knows", e -> data(e).put("stage", "RESERVATION")),
                new Spoil("an amount that is no number", e -> data(e).put("amount", "three million")),
                new Spoil("a list where a record belongs", e -> data(e).putArray("relatedParty")));
    }

    @ParameterizedTest
    @MethodSource("malformations")
    void a_malformed_event_raises_malformed_event_exception(Spoil spoil) {
        ObjectNode event = tree(SampleEvents.purchased());
        spoil.change().accept(event);

        assertThatThrownBy(() -> EventJson.read(bytes(event))).isInstanceOf(EventJson.MalformedEventException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "\"text\"", "42", "null", "{\"eventType\":\"registration.Registered.v1\"}"})
    void what_is_no_event_at_all_raises_malformed_event_exception(String json) {
        assertThatThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventJson.MalformedEventException.class);
    }

    @Test
    void a_missing_explanation_list_is_malformed_not_a_null_pointer_later() {
        ObjectNode event = tree(SampleEvents.registrationVerdict());
        ((ObjectNode) data(event).get("explanation")).remove("ruleIds");

        assertThatThrownBy(() -> EventJson.read(bytes(event))).isInstanceOf(EventJson.MalformedEventException.class);
    }

    @Test
    void money_is_a_string_and_keeps_its_fen() {
        JsonNode amount = tree(SampleEvents.purchased()).at("/data/amount");

        assertThat(amount.isTextual()).isTrue();
        assertThat(amount.asText()).isEqualTo("3280000.00");
    }

    @Test
    void absent_facts_are_left_out_and_lists_are_written_empty() {
        JsonNode data = tree(SampleEvents.variants().get(0).envelope()).get("data");

        assertThat(data.has("expectedVisitAt")).isFalse();
        assertThat(data.has("importedBy")).isFalse();
        assertThat(data.get("companions").isArray()).isTrue();
        assertThat(data.get("companions")).isEmpty();
    }

    @Test
    void a_missing_list_reads_as_empty() {
        ObjectNode event = tree(SampleEvents.registered());
        data(event).remove("companions");

        assertThat(((Registered) EventJson.read(bytes(event)).data()).companions()).isEmpty();
    }

    @Test
    void times_are_utc_instants_and_days_are_iso_dates() {
        JsonNode event = tree(SampleEvents.ownershipChanged());

        assertThat(event.get("occurredAt").asText()).isEqualTo("2025-03-02T07:05:00Z");
        assertThat(event.at("/data/protectedUntil").asText()).isEqualTo("2025-03-31");
    }

    @Test
    void an_offset_time_is_read_as_the_same_instant() {
        ObjectNode event = tree(SampleEvents.purchased());
        event.put("occurredAt", "2025-03-09T10:30:00+08:00");

        assertThat(EventJson.read(bytes(event)).occurredAt()).isEqualTo(SampleEvents.purchased().occurredAt());
    }

    @Test
    void the_data_class_comes_from_the_logical_name() {
        EventEnvelope read = EventJson.read(EventJson.write(SampleEvents.purchased()));

        assertThat(read.data()).isInstanceOf(Purchased.class);
        assertThat(EventJson.writeString(read)).doesNotContain("com.baobei");
    }

    @Test
    void the_envelope_names_type_and_producer_from_the_registry() {
        EventEnvelope e = SampleEvents.registered();

        assertThat(e.eventType()).isEqualTo("registration.Registered.v1");
        assertThat(e.source()).isEqualTo(EventTypes.REGISTRATION_SERVICE);
        assertThat(e.partitionKey()).isEqualTo("hongtai:binjiang-garden");
        assertThat(e.clientKey()).isEqualTo("hongtai:binjiang-garden:138****5678");
    }

    @Test
    void configure_gives_a_service_mapper_the_same_rules() {
        var mapper = EventJson.configure(new com.fasterxml.jackson.databind.ObjectMapper());

        assertThatThrownBy(() -> mapper.readValue("{\"purchaseId\":\"p\",\"reason\":\"r\",\"x\":1}",
                com.baobei.contracts.visit.PurchaseCancelled.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class);
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    private static ObjectNode tree(EventEnvelope envelope) {
        return (ObjectNode) EventJson.mapper().valueToTree(envelope);
    }

    private static byte[] bytes(JsonNode tree) {
        return tree.toString().getBytes(StandardCharsets.UTF_8);
    }
}
