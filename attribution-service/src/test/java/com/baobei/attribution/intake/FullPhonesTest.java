package com.baobei.attribution.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.SampleEvents;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.Visited;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** ID-4 at the consumer: a full number a producer let through is redacted before the event is kept. */
class FullPhonesTest {

    @Test
    void aFullNumberTypedIntoASurnameIsStoredAndFoldedMasked() {
        EventEnvelope sample = SampleEvents.registered();
        String json = EventJson.writeString(sample).replace("\"clientSurname\":\"" + surname(sample) + "\"",
                "\"clientSurname\":\"王 138-1234-5678\"");
        assertThat(json).contains("138-1234-5678");

        EventDecoder.Received received = receive(sample, json);

        assertThat(((Registered) received.envelope().data()).clientSurname()).isEqualTo("王 138****5678");
        assertThat(new String(received.json(), StandardCharsets.UTF_8)).doesNotContain("1234").contains("王 138****5678");
    }

    @Test
    void fullWidthDigitsAreFoundToo() {
        EventEnvelope sample = SampleEvents.registered();
        String json = EventJson.writeString(sample).replace("\"clientSurname\":\"" + surname(sample) + "\"",
                "\"clientSurname\":\"王１３８１２３４５６７８\"");

        assertThat(((Registered) receive(sample, json).envelope().data()).clientSurname()).isEqualTo("王138****5678");
    }

    @Test
    void aFullNumberWhereTheMaskedOneBelongsIsWithheldSoId1StillRejectsIt() {
        EventEnvelope sample = SampleEvents.registered();
        String masked = ((Registered) sample.data()).maskedPhone();
        String json = EventJson.writeString(sample).replace("\"maskedPhone\":\"" + masked + "\"",
                "\"maskedPhone\":\"13812345678\"");

        Registered data = (Registered) receive(sample, json).envelope().data();

        assertThat(data.maskedPhone()).isEqualTo(FullPhones.WITHHELD);
        assertThat(com.baobei.attribution.fold.rules.Id1Identity.isMasked(data.maskedPhone())).isFalse();
    }

    @Test
    void anEventWithoutAFullNumberIsKeptExactlyAsReceived() {
        for (EventEnvelope sample : new EventEnvelope[] {SampleEvents.registered(), SampleEvents.visited()}) {
            byte[] json = EventJson.write(sample);
            EventDecoder.Received received = EventDecoder.receive(sample.source(), sample.partitionKey(), json);
            assertThat(received.json()).isSameAs(json);
            assertThat(received.envelope()).isEqualTo(sample);
        }
    }

    @Test
    void instantsAreNotTextEvenWhenTheirFractionLooksLikeANumber() {
        EventEnvelope sample = SampleEvents.registered();
        String occurred = EventJson.mapper().valueToTree(sample).get("occurredAt").asText();
        String json = EventJson.writeString(sample).replace("\"occurredAt\":\"" + occurred + "\"",
                "\"occurredAt\":\"2025-01-01T03:41:51.780821917Z\"");
        assertThat(json).contains("51.780821917Z");

        EventDecoder.Received received = receive(sample, json);

        assertThat(received.envelope().occurredAt()).isEqualTo(java.time.Instant.parse("2025-01-01T03:41:51.780821917Z"));
        assertThat(received.json()).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keyedHashesAreNotText() {
        EventEnvelope sample = SampleEvents.visited();
        String hash = ((Visited) sample.data()).phoneHash();
        String lookalike = "ab13812345678cd" + hash.substring(15);
        String json = EventJson.writeString(sample).replace(hash, lookalike);

        assertThat(((Visited) receive(sample, json).envelope().data()).phoneHash()).isEqualTo(lookalike);
    }

    private static EventDecoder.Received receive(EventEnvelope sample, String json) {
        return EventDecoder.receive(sample.source(), sample.partitionKey(), json.getBytes(StandardCharsets.UTF_8));
    }

    private static String surname(EventEnvelope registered) {
        return ((Registered) registered.data()).clientSurname();
    }
}
