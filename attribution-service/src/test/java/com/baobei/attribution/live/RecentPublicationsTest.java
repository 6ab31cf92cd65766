package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.persistence.DecisionKind;
import com.baobei.attribution.persistence.OutboxStore;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.persistence.ProjectionChanges;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecentPublicationsTest {

    private static final ProjectRef PROJECT = new ProjectRef("t1", "p1");
    private static final Instant CAUSED = Instant.parse("2025-03-01T02:00:00Z");
    private static final Instant FOLDED = Instant.parse("2025-03-01T02:00:01Z");

    private final RecentPublications recent = new RecentPublications(1 << 20);

    @Test
    @DisplayName("a just-committed publication answers its reference as the projection row would")
    void latestAnswersAsTheRow() {
        recent.committed(PROJECT, changes(publication("r-1", 0, "{\"v\":1}")), FOLDED);

        OutboxStore.Entry entry = recent.entry(ref(7, "r-1", 0));

        assertThat(entry.id()).isEqualTo(7);
        assertThat(new String(entry.body(), StandardCharsets.UTF_8)).isEqualTo("{\"v\":1}");
        assertThat(entry.publications()).isEqualTo(1);
        assertThat(entry.contentHash()).isEqualTo("hash-{\"v\":1}");
        assertThat(entry.clientKey()).isEqualTo("t1:p1:138****0000");
        assertThat(entry.causedAt()).isEqualTo(CAUSED);
        assertThat(entry.updatedAt()).isEqualTo(FOLDED);
        assertThat(OutboxMessages.message(entry).payload()).isNotNull();
    }

    @Test
    @DisplayName("an older reference is superseded by the latest publication; a newer one is read from the tables")
    void olderSupersededNewerUnknown() {
        recent.committed(PROJECT, changes(publication("r-1", 1, "{\"v\":2}")), FOLDED);
        // the callback of the earlier fold runs late: it must not bring the older state back
        recent.committed(PROJECT, changes(publication("r-1", 0, "{\"v\":1}")), FOLDED);

        assertThat(OutboxMessages.message(recent.entry(ref(7, "r-1", 0))).payload()).isNull();
        assertThat(OutboxMessages.message(recent.entry(ref(8, "r-1", 1))).payload()).isNotNull();
        assertThat(recent.entry(ref(9, "r-1", 2))).isNull();
        assertThat(recent.entry(ref(9, "r-2", 0))).isNull();
    }

    @Test
    @DisplayName("a decision the fold removed, or one sent, is no longer held")
    void removedAndSentAreForgotten() {
        recent.committed(PROJECT, changes(publication("r-1", 0, "{}"), publication("r-2", 0, "{}")), FOLDED);
        ProjectionChanges removal = new ProjectionChanges();
        removal.remove(DecisionKind.VERDICT, "r-1");
        recent.committed(PROJECT, removal, FOLDED);
        recent.sent(List.of(recent.entry(ref(8, "r-2", 0))));

        assertThat(recent.entry(ref(7, "r-1", 0))).isNull();
        assertThat(recent.entry(ref(8, "r-2", 0))).isNull();
        assertThat(recent.size()).isZero();
    }

    @Test
    @DisplayName("beyond its bytes the oldest decisions are dropped, to be read from the tables")
    void boundedByBytes() {
        RecentPublications small = new RecentPublications(100);
        small.committed(PROJECT, changes(publication("r-1", 0, "x".repeat(60))), FOLDED);
        small.committed(PROJECT, changes(publication("r-2", 0, "y".repeat(60))), FOLDED);

        assertThat(small.entry(ref(7, "r-1", 0))).isNull();
        assertThat(small.entry(ref(8, "r-2", 0))).isNotNull();
    }

    private static ProjectionChanges changes(ProjectionChanges.Publication... publications) {
        ProjectionChanges changes = new ProjectionChanges();
        changes.publications.addAll(List.of(publications));
        return changes;
    }

    private static ProjectionChanges.Publication publication(String id, int publication, String body) {
        return new ProjectionChanges.Publication(DecisionKind.VERDICT, id, publication,
                body.getBytes(StandardCharsets.UTF_8), "hash-" + body, "t1:p1:138****0000", CAUSED, null);
    }

    private static OutboxStore.Reference ref(long id, String decisionId, int publication) {
        return new OutboxStore.Reference(id, DecisionKind.VERDICT, "t1", "p1", decisionId, publication, null);
    }

    @Test
    @DisplayName("by default the bodies held follow the heap: a sixteenth of it, at most 64 MB")
    void capFollowsTheHeap() {
        assertThat(RecentPublications.capFor(384L << 20)).isEqualTo(24L << 20);
        assertThat(RecentPublications.capFor(4096L << 20)).isEqualTo(64L << 20);
    }
}
