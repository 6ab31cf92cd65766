package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.support.LiveServiceTest;
import com.baobei.attribution.support.TestEvents;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.Texts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a full number typed into a surname reached the ownership topic. Producers should have refused it; when
 * one did not, this service redacts it before the event is stored, folded or published (ID-4).
 */
class FullNumberInTextIT extends LiveServiceTest {

    private static final Instant DAY = Instant.parse("2025-03-03T01:00:00Z");
    /** The number the tester typed, with spaces and in full-width digits, as a person might. */
    private static final String TYPED = "王１３９ ８７６５ ４３２１";
    private static final String DIGITS = "13987654321";

    @Test
    void aFullNumberInASurnameIsRedactedBeforeItIsStoredOrPublished() {
        TestEvents p = TestEvents.freshProject("surname-phone");
        EventEnvelope registered = p.registered("r-1", "ch-a", TYPED, "139****4321", DAY);
        EventEnvelope visited = p.visited("v-1", TYPED, "139****4321", "r-1", DAY.plus(Duration.ofHours(2)));
        produce(List.of(registered, visited));
        awaitFolded(p, 2);

        List<ConsumerRecord<String, byte[]>> published = kafka().readAll(decisionTopics(p.tenant));
        assertThat(published).as("the decisions were published").isNotEmpty();
        for (ConsumerRecord<String, byte[]> record : published) {
            assertNoPlantedNumber(new String(record.value(), StandardCharsets.UTF_8));
        }
        for (String payload : jdbc.queryForList("select payload::text from project_event where tenant_id = ?",
                String.class, p.tenant)) {
            assertNoPlantedNumber(payload);
            assertThat(payload).contains("王139****4321");
        }
        String verdict = as(p.admin()).getForObject("/api/v1/registrations/{id}/verdict", String.class, p.id("r-1"));
        assertNoPlantedNumber(verdict);
        // the surname still identifies the client: the registration is judged as before (ID-1 sees a surname)
        assertThat(verdict).doesNotContain("REJECTED");
    }

    @Test
    void aFullNumberWhereTheMaskedOneBelongsIsWithheldAndTheRegistrationStillRejected() {
        TestEvents p = TestEvents.freshProject("masked-phone");
        EventEnvelope registered = p.registered("r-1", "ch-a", "王", DIGITS, DAY);
        produce(List.of(registered));
        awaitFolded(p, 1);

        for (ConsumerRecord<String, byte[]> record : kafka().readAll(decisionTopics(p.tenant))) {
            assertNoPlantedNumber(new String(record.value(), StandardCharsets.UTF_8));
        }
        String verdict = as(p.admin()).getForObject("/api/v1/registrations/{id}/verdict", String.class, p.id("r-1"));
        assertNoPlantedNumber(verdict);
        assertThat(verdict).contains("REJECTED").contains("ID-1");
    }

    /** The planted number in any of its forms: normalised, separators removed. */
    private static void assertNoPlantedNumber(String text) {
        assertThat(Texts.normalize(text).replaceAll("[ .\\-]", "")).doesNotContain(DIGITS);
    }
}
