package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.attribution.fold.HistoryGenerator;
import com.baobei.contracts.EventEnvelope;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeptEventsTest {

    private final List<EventEnvelope> events = HistoryGenerator.history(7, 10, 5);

    @Test
    @DisplayName("a poll's events are appended: each view keeps showing the events it was made with")
    void viewsStayAsMade() {
        KeptEvents first = KeptEvents.of(events.subList(0, 3));
        KeptEvents second = first.plus(events.subList(3, 5));

        assertThat(first).containsExactlyElementsOf(events.subList(0, 3));
        assertThat(second).containsExactlyElementsOf(events.subList(0, 5));
        assertThatThrownBy(() -> first.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(KeptEvents.of(second)).isSameAs(second);
    }

    @Test
    @DisplayName("a view grown again after a later one was made from it (that transaction rolled back) copies its own part")
    void rolledBackBranchDoesNotLeak() {
        KeptEvents kept = KeptEvents.of(events.subList(0, 3));
        KeptEvents rolledBack = kept.plus(events.subList(3, 4));
        KeptEvents retried = kept.plus(events.subList(4, 6));
        KeptEvents onFromRolledBack = rolledBack.plus(events.subList(6, 7));

        assertThat(retried).containsExactly(events.get(0), events.get(1), events.get(2), events.get(4), events.get(5));
        assertThat(rolledBack).containsExactlyElementsOf(events.subList(0, 4));
        assertThat(onFromRolledBack).containsExactly(events.get(0), events.get(1), events.get(2), events.get(3),
                events.get(6));
        assertThat(kept).containsExactlyElementsOf(events.subList(0, 3));
    }

    @Test
    @DisplayName("a kept list cannot be changed by its readers")
    void readOnly() {
        KeptEvents kept = KeptEvents.of(events.subList(0, 2));
        assertThatThrownBy(() -> kept.add(events.get(2))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> kept.set(0, events.get(2))).isInstanceOf(UnsupportedOperationException.class);
    }
}
