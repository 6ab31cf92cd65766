package com.baobei.attribution.live;

import com.baobei.attribution.fold.FoldState;
import com.baobei.attribution.persistence.DecisionKind;
import com.baobei.attribution.persistence.ProjectLock;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.contracts.EventEnvelope;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The decoded events, decisions and fold states of recently folded projects, so a poll does not re-read and
 * re-parse a project's whole history, nor fold it again from the start (ADR 0031). Only a hint: it is used when the project's locked state row
 * still has the same event count and fold sequence, otherwise the tables are read. Least recently
 * used projects are dropped beyond a total number of events, which by default follows the heap ({@link #capFor}): a
 * project too large for it is not kept and is folded from the tables each burst, slower but alive, where a cap that
 * ignored the heap let the service die of OutOfMemoryError and be restarted again and again (ADR 0031, "Memory,
 * measured").
 */
@Component
public class ProjectMemory {

    /**
     * {@code fold}: the state of the last fold, which holds the first {@code folded} of {@code events} (ADR 0031);
     * null when none is kept (the snapshot was grown from the table's events, or no fold has run).
     */
    record Snapshot(long eventCount, long foldSeq, List<EventEnvelope> events,
                    Map<DecisionKind, Map<String, Remembered>> decisions, FoldState fold, int folded) {

        Snapshot(long eventCount, long foldSeq, List<EventEnvelope> events, Map<DecisionKind, Map<String, Remembered>> decisions) {
            this(eventCount, foldSeq, events, decisions, null, 0);
        }
    }

    /**
     * What one kept event costs in the heap with everything kept for it (its decoded envelope, its share of the fold's
     * state and of the remembered decisions): 1,269–1,339 bytes measured at 100k events once decoded events share their
     * short strings (1,750–1,820 before), {@code ProjectMemoryBenchmark}; rounded up.
     */
    static final long BYTES_PER_EVENT = 1_500;
    /**
     * The share of the heap kept projects may take. The rest holds the service itself, the publications not yet sent
     * ({@link RecentPublications}, a sixteenth), and the fold from the start of a kept project (a late event), which
     * builds a new state beside the kept events and decisions (at 100k events 122 MB kept, 147 MB at the end of such a
     * fold, ADR 0031 "Memory, measured"); at the platform's 384 MB a 100k-event project is kept.
     */
    static final double HEAP_SHARE = 0.4;

    private static final Logger log = LoggerFactory.getLogger(ProjectMemory.class);

    private final long maxEvents;
    /** The cap was given ({@code baobei.fold.cached-events}), not taken from the heap. */
    private final boolean capped;
    private final LinkedHashMap<ProjectRef, Snapshot> snapshots = new LinkedHashMap<>(64, 0.75f, true);
    private long heldEvents;
    /** Projects already named in the log as too large to keep: said once per project and process. */
    private final Set<ProjectRef> outgrown = new HashSet<>();

    /** {@code baobei.fold.cached-events}: at most this many events kept; 0 (the default) follows the heap. */
    public ProjectMemory(@Value("${baobei.fold.cached-events:0}") long maxEvents) {
        this.maxEvents = maxEvents > 0 ? maxEvents : capFor(Runtime.getRuntime().maxMemory());
        this.capped = maxEvents > 0;
        log.info("keeps the fold state of recently folded projects up to {} events in all{}", this.maxEvents,
                maxEvents > 0 ? " (baobei.fold.cached-events)" : " (40 % of the heap)");
    }

    /** The events kept at most with a heap of {@code maxHeapBytes}. */
    static long capFor(long maxHeapBytes) {
        return (long) (maxHeapBytes * HEAP_SHARE) / BYTES_PER_EVENT;
    }

    /** The heap whose share ({@link #capFor}) keeps a project of this many events. */
    static long heapFor(long events) {
        return (long) Math.ceil(events * BYTES_PER_EVENT / HEAP_SHARE);
    }

    /**
     * The -Xmx to advise for a project of this many events: {@link #heapFor} with a tenth more, in steps of 64 MB. The
     * cap follows the heap the JVM reports, which under the serial collector is -Xmx less one survivor space (at
     * -Xmx1100m it reported 1,063 MB and kept 297,341 events, not the 300,000 asked for, 2026-12-08).
     */
    static long advisedHeap(long events) {
        long step = 64L << 20;
        return (long) Math.ceil(heapFor(events) * 1.1 / step) * step;
    }

    /** Whether a project of this many events may be kept at all. */
    synchronized boolean fits(long events) {
        return events <= maxEvents;
    }

    /** The snapshot if it is still the truth for the locked state row, else null. */
    synchronized Snapshot current(ProjectRef project, ProjectLock lock) {
        Snapshot snapshot = snapshots.get(project);
        if (snapshot == null || snapshot.eventCount() != lock.eventCount() || snapshot.foldSeq() != lock.foldSeq()) {
            return null;
        }
        return snapshot;
    }

    synchronized void put(ProjectRef project, Snapshot snapshot) {
        if (!fits(snapshot.events().size())) {
            forget(project);
            if (outgrown.add(project)) {
                // the operator's one sign: from here every burst of this project reads and folds its whole history
                log.warn("project {} has {} events, more than this service keeps ({}): each of its bursts is folded "
                                + "from the table, which at this size can take the service's CPU and heap; {} (ADR 0031, "
                                + "\"Memory per service\")", project.key(), snapshot.events().size(), maxEvents,
                        capped ? "raise baobei.fold.cached-events" : "give it -Xmx"
                                + (advisedHeap(snapshot.events().size()) >> 20) + "m or more");
            }
            return;
        }
        Snapshot old = snapshots.put(project, snapshot);
        heldEvents += snapshot.events().size() - (old == null ? 0 : old.events().size());
        Iterator<Map.Entry<ProjectRef, Snapshot>> eldest = snapshots.entrySet().iterator();
        while (heldEvents > maxEvents && eldest.hasNext()) {
            Map.Entry<ProjectRef, Snapshot> entry = eldest.next();
            heldEvents -= entry.getValue().events().size();
            eldest.remove();
        }
    }

    synchronized void forget(ProjectRef project) {
        Snapshot old = snapshots.remove(project);
        if (old != null) {
            heldEvents -= old.events().size();
        }
    }
}
