package com.baobei.attribution.live;

import com.baobei.attribution.fold.FoldState;
import com.baobei.attribution.persistence.DecisionKind;
import com.baobei.attribution.persistence.ProjectLock;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.contracts.EventEnvelope;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The decoded events, decisions and fold states of recently folded projects, so a poll does not re-read and
 * re-parse a project's whole history, nor fold it again from the start (ADR 0031). Only a hint: it is used when the project's locked state row
 * still has the same event count and fold sequence, otherwise the tables are read. Least recently
 * used projects are dropped beyond a total number of events.
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

    private final long maxEvents;
    private final LinkedHashMap<ProjectRef, Snapshot> snapshots = new LinkedHashMap<>(64, 0.75f, true);
    private long heldEvents;

    public ProjectMemory(@Value("${baobei.fold.cached-events:2000000}") long maxEvents) {
        this.maxEvents = maxEvents;
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
