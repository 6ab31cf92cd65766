package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CloudEvents headers of every record: the same whether made from the envelope or from its written JSON. */
class CloudEventsTest {

    static java.util.stream.Stream<String> types() {
        return EventTypes.all().stream().map(EventTypes.Type::name);
    }

    @ParameterizedTest
    @MethodSource("types")
    void theHeadersOfAnExampleNameItsIdTypeSourceTimeAndSchema(String type) throws IOException {
        byte[] json = example(type);
        EventEnvelope envelope = EventJson.read(json);

        Map<String, String> headers = CloudEvents.headers(json);

        assertThat(headers).isEqualTo(CloudEvents.headers(envelope));
        assertThat(headers).containsEntry("ce_specversion", "1.0").containsEntry("ce_id", envelope.eventId())
                .containsEntry("ce_type", type).containsEntry("ce_source", "/baobei/" + envelope.source())
                .containsEntry("ce_time", envelope.occurredAt().toString())
                .containsEntry("ce_dataschema", Schemas.id(type)).containsEntry("content-type", "application/json");
        if (envelope.clientKey() != null) {
            assertThat(headers).containsEntry("ce_subject", envelope.clientKey());
        } else {
            assertThat(headers).doesNotContainKey("ce_subject");
        }
        assertThat(String.join(" ", headers.values())).doesNotContainPattern("1[3-9]\\d{9}");
    }

    @Test
    void anEnvelopeWithoutItsAttributesIsRefused() {
        assertThatThrownBy(() -> CloudEvents.headers("{\"eventType\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventJson.MalformedEventException.class);
        assertThatThrownBy(() -> CloudEvents.headers("[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventJson.MalformedEventException.class);
    }

    private static byte[] example(String type) throws IOException {
        try (InputStream in = CloudEventsTest.class.getClassLoader().getResourceAsStream(Schemas.examplePath(type))) {
            return in.readAllBytes();
        }
    }
}
