package com.baobei.attribution.live;

import com.baobei.attribution.persistence.DecisionKind;
import com.baobei.attribution.persistence.OutboxStore;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.persistence.ProjectionChanges;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The latest committed publication of each recently changed decision, as its projection row holds
 * it, so the relay need not read back from the database what a fold has just written. Only a hint,
 * like {@link ProjectMemory}: filled after commit, bounded by bytes (oldest dropped), and a
 * reference it cannot answer is read from the tables as before. It answers exactly as the row
 * would: a reference to an older publication than the latest one here is superseded.
 */
@Component
public class RecentPublications {

    private record Latest(int publication, byte[] body, String contentHash, String clientKey, Instant causedAt,
                          Instant updatedAt) {
    }

    private final long maxBytes;
    private final LinkedHashMap<String, Latest> latest = new LinkedHashMap<>();
    private long heldBytes;

    /**
     * {@code baobei.outbox.recent-bytes}: the bodies held at most; 0 (the default) is a sixteenth of the heap, at most
     * 64 MB. A catch-up's first fold of a large project publishes every decision at once (59 MB of bodies at 100k
     * events, ADR 0031 "Memory, measured"), and a fixed 64 MB was a sixth of the platform's 384 MB heap.
     */
    public RecentPublications(@Value("${baobei.outbox.recent-bytes:0}") long maxBytes) {
        this.maxBytes = maxBytes > 0 ? maxBytes : capFor(Runtime.getRuntime().maxMemory());
    }

    static long capFor(long maxHeapBytes) {
        return Math.min(64L * 1024 * 1024, maxHeapBytes / 16);
    }

    /** A fold's changes are committed: its publications are the decisions' latest, its removals are gone. */
    public synchronized void committed(ProjectRef project, ProjectionChanges changes, Instant foldedAt) {
        for (ProjectionChanges.Publication p : changes.publications) {
            String key = key(p.kind(), project.tenantId(), project.projectId(), p.decisionId());
            Latest before = latest.get(key);
            // two folds of a project commit in order, but their callbacks may not run in order
            if (before == null || before.publication() < p.publication()) {
                put(key, new Latest(p.publication(), p.body(), p.contentHash(), p.clientKey(), p.causedAt(), foldedAt));
            }
        }
        changes.removed.forEach((kind, ids) -> ids.forEach(id -> drop(key(kind, project.tenantId(), project.projectId(), id))));
    }

    /**
     * These decisions are published again by a fold that writes its changes in slices (a large project folded from the
     * start): their bodies are not held until it commits, so what is held of them goes now and the relay reads them
     * from the tables. Dropping a hint is right whether or not that fold commits.
     */
    public synchronized void superseded(ProjectRef project, List<ProjectionChanges.Publication> publications) {
        for (ProjectionChanges.Publication p : publications) {
            drop(key(p.kind(), project.tenantId(), project.projectId(), p.decisionId()));
        }
    }

    /** The entry the database would give for this reference, or null when it must be read from there. */
    synchronized OutboxStore.Entry entry(OutboxStore.Reference ref) {
        Latest known = latest.get(key(ref.kind(), ref.tenantId(), ref.projectId(), ref.decisionId()));
        if (known == null || known.publication() < ref.publication()) {
            return null;
        }
        return new OutboxStore.Entry(ref.id(), ref.kind(), ref.tenantId(), ref.projectId(), ref.decisionId(),
                ref.publication(), known.body(), known.contentHash(), known.publication() + 1, known.clientKey(),
                known.causedAt(), known.updatedAt());
    }

    /** Sent: a decision's latest publication need not be held any longer. */
    synchronized void sent(List<OutboxStore.Entry> entries) {
        for (OutboxStore.Entry e : entries) {
            String key = key(e.kind(), e.tenantId(), e.projectId(), e.decisionId());
            Latest known = latest.get(key);
            if (known != null && known.publication() == e.publication()) {
                drop(key);
            }
        }
    }

    synchronized int size() {
        return latest.size();
    }

    private void put(String key, Latest entry) {
        Latest old = latest.remove(key);
        heldBytes += entry.body().length - (old == null ? 0 : old.body().length);
        latest.put(key, entry);
        Iterator<Map.Entry<String, Latest>> eldest = latest.entrySet().iterator();
        while (heldBytes > maxBytes && eldest.hasNext()) {
            heldBytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    private void drop(String key) {
        Latest old = latest.remove(key);
        if (old != null) {
            heldBytes -= old.body().length;
        }
    }

    private static String key(DecisionKind kind, String tenantId, String projectId, String decisionId) {
        return kind.name() + '\u0000' + tenantId + '\u0000' + projectId + '\u0000' + decisionId;
    }
}
