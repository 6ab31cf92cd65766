package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.persistence.ProjectLock;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.contracts.EventEnvelope;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProjectMemoryTest {

    private static final long MB = 1024 * 1024;
    private static final ProjectRef SMALL = new ProjectRef("t1", "small");
    private static final ProjectRef LARGE = new ProjectRef("t1", "large");

    @Test
    @DisplayName("by default the cap follows the heap: 40 % of it at 1,500 bytes per kept event")
    void capFollowsTheHeap() {
        // the platform's service heap keeps a 100k-event project (about 125 MB kept), not a 300k one
        assertThat(ProjectMemory.capFor(384 * MB)).isEqualTo(107_374);
        // the JVM's default in a container of 1 GiB (a quarter of it): such a project is folded from the tables
        assertThat(ProjectMemory.capFor(256 * MB)).isEqualTo(71_582);
        assertThat(ProjectMemory.capFor(8192 * MB)).isEqualTo(2_290_649);
        assertThat(new ProjectMemory(0).fits(ProjectMemory.capFor(Runtime.getRuntime().maxMemory()))).isTrue();
        assertThat(new ProjectMemory(0).fits(ProjectMemory.capFor(Runtime.getRuntime().maxMemory()) + 1)).isFalse();
    }

    @Test
    @DisplayName("the -Xmx the log advises keeps the project it names, though the JVM reports less than -Xmx")
    void advisedHeapKeepsTheProject() {
        // the 300,000-event project of ADR 0031's runs: -Xmx1100m kept 297,341 events, the advice is 1,216 MB
        assertThat(ProjectMemory.heapFor(300_000) >> 20).isEqualTo(1072);
        assertThat(ProjectMemory.advisedHeap(300_000) >> 20).isEqualTo(1216);
        for (long events : new long[] {1, 138_000, 300_000, 1_000_000}) {
            assertThat(ProjectMemory.capFor(ProjectMemory.heapFor(events))).isGreaterThanOrEqualTo(events);
            // the serial collector reports -Xmx less one survivor space (1/30 of it by default)
            assertThat(ProjectMemory.capFor(ProjectMemory.advisedHeap(events) * 29 / 30)).isGreaterThanOrEqualTo(events);
        }
    }

    @Test
    @DisplayName("baobei.fold.cached-events still sets the cap when given")
    void propertyOverrides() {
        ProjectMemory memory = new ProjectMemory(10);

        assertThat(memory.fits(10)).isTrue();
        assertThat(memory.fits(11)).isFalse();
    }

    @Test
    @DisplayName("a project larger than the cap is not kept, and leaves the smaller ones kept")
    void tooLargeIsNotKept() {
        ProjectMemory memory = new ProjectMemory(10);
        memory.put(SMALL, snapshot(4));
        memory.put(LARGE, snapshot(5));

        memory.put(LARGE, snapshot(11));

        assertThat(memory.current(LARGE, new ProjectLock(11, 1, false))).isNull();
        assertThat(memory.current(SMALL, new ProjectLock(4, 1, false))).isNotNull();
    }

    @Test
    @DisplayName("beyond the cap in all, the least recently used projects go first")
    void leastRecentlyUsedGoesFirst() {
        ProjectMemory memory = new ProjectMemory(10);
        memory.put(SMALL, snapshot(4));
        memory.put(LARGE, snapshot(5));
        memory.current(SMALL, new ProjectLock(4, 1, false));

        memory.put(new ProjectRef("t1", "third"), snapshot(3));

        assertThat(memory.current(LARGE, new ProjectLock(5, 1, false))).isNull();
        assertThat(memory.current(SMALL, new ProjectLock(4, 1, false))).isNotNull();
    }

    private static ProjectMemory.Snapshot snapshot(int events) {
        List<EventEnvelope> none = Collections.nCopies(events, null);
        return new ProjectMemory.Snapshot(events, 1, none, Remembered.none());
    }
}
