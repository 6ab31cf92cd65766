package com.baobei.visit.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.visit.shared.ConflictingStateException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rotation's rules as a table: a day's queue, a sequence of arrivals, who receives each, and
 * the queue left at the end. Steps: {@code N} natural visit (ROT-1), {@code N:x} natural visit
 * naming x, {@code R} market researcher (VIS-8), {@code D} / {@code D:x} client declined (ROT-2).
 * Receivers: a consultant id, {@code -} for a step that receives nobody, {@code !} for a refused step.
 */
class RotationRulesTest {

    static final String ID = "hongtai:binjiang:2025-03-02";
    static final Instant AT = Instant.parse("2025-03-02T01:00:00Z");

    @ParameterizedTest(name = "[{0}] {1} -> {2}, queue {3}")
    @CsvSource(delimiter = '|', textBlock = """
            a b c | N N N N     | a b c a | b c a
            a b c | N D:a N     | a - a   | b c a
            a b c | D N         | - a     | b c a
            a b c | R N R       | c a a   | b c a
            a b c | N:c N       | c a     | b c a
            a b c | N:a N       | a b     | c a b
            a     | N N R       | a a a   | a
            a b c | N N D:a     | a b !   | c a b
            a b c | N R D       | a a -   | b c a
            a b   | N N:a D:b   | a a -   | b a
            a b c | N N:a D:c   | a a !   | b c a
            """)
    void rotation(String onDuty, String steps, String receivers, String queueAtEnd) {
        List<Object> history = new ArrayList<>();
        history.add(new SetRotation(ID, "hongtai", "binjiang", LocalDate.parse("2025-03-02"), words(onDuty), "sm-li", AT));
        List<String> stepList = words(steps);
        List<String> expected = words(receivers);
        for (int i = 0; i < stepList.size(); i++) {
            Object command = command(stepList.get(i), i);
            AggregateTestFixture<Rotation> fixture = new AggregateTestFixture<>(Rotation.class);
            ResultValidator<Rotation> result = fixture.givenCommands(history).when(command);
            switch (expected.get(i)) {
                case "!" -> result.expectException(ConflictingStateException.class).expectNoEvents();
                case "-" -> result.expectSuccessfulHandlerExecution();
                default -> result.expectSuccessfulHandlerExecution()
                        .expectResultMessagePayloadMatching(new ReceptionBy(expected.get(i)));
            }
            if (!expected.get(i).equals("!")) {
                history.add(command);
            }
        }
        assertThat(queueAfter(history)).isEqualTo(words(queueAtEnd));
    }

    private static List<String> queueAfter(List<Object> history) {
        AggregateTestFixture<Rotation> fixture = new AggregateTestFixture<>(Rotation.class);
        fixture.givenCommands(history).when(new ReceiveMarketResearcher(ID, "probe"));
        List<String> queue = List.of();
        for (EventMessage<?> event : fixture.getEventStore().readEvents(ID).asStream().toList()) {
            Object payload = event.getPayload();
            if (payload instanceof RotationSet set) {
                queue = set.queue();
            } else if (payload instanceof TurnTaken turn) {
                queue = turn.queueAfter();
            } else if (payload instanceof ServiceDeclined declined) {
                queue = declined.queueAfter();
            }
        }
        return queue;
    }

    private static Object command(String step, int index) {
        String[] parts = step.split(":");
        String named = parts.length > 1 ? parts[1] : null;
        return switch (parts[0]) {
            case "N" -> new ReceiveNaturalVisit(ID, "v-" + index, named);
            case "R" -> new ReceiveMarketResearcher(ID, "v-" + index);
            case "D" -> new ReportDeclined(ID, named, "cs", AT);
            default -> throw new IllegalArgumentException(step);
        };
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.trim().split("\\s+"));
    }

    /** Matches a {@link Reception} by its consultant. */
    private static final class ReceptionBy extends org.hamcrest.TypeSafeMatcher<Reception> {
        private final String consultant;

        ReceptionBy(String consultant) {
            this.consultant = consultant;
        }

        @Override
        protected boolean matchesSafely(Reception reception) {
            return consultant.equals(reception.consultantId());
        }

        @Override
        public void describeTo(org.hamcrest.Description description) {
            description.appendText("received by " + consultant);
        }
    }
}
