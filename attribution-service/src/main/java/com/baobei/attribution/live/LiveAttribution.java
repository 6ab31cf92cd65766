package com.baobei.attribution.live;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.persistence.EventStore;
import com.baobei.attribution.persistence.ProjectLock;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.persistence.ProjectionStore;
import com.baobei.attribution.persistence.StoredEvent;
import com.baobei.attribution.policies.PolicyVersions;
import com.baobei.contracts.EventEnvelope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One project's batch in one transaction: record the new events (the inbox), fold the project's
 * whole history once, write what changed and queue it for publication. The fold is the same
 * {@link AttributionFold#fold} the dry run calls, so live and simulated answers cannot drift.
 */
@Service
public class LiveAttribution {

    private static final Logger log = LoggerFactory.getLogger(LiveAttribution.class);

    private final EventStore events;
    private final ProjectionStore projections;
    private final PolicyVersions policies;
    private final ProjectMemory memory;
    private final RelaySignal relay;
    private final Clock clock;
    private final TransactionTemplate tx;

    public LiveAttribution(EventStore events, ProjectionStore projections, PolicyVersions policies, ProjectMemory memory,
                           RelaySignal relay, Clock clock, TransactionTemplate tx) {
        this.events = events;
        this.projections = projections;
        this.policies = policies;
        this.memory = memory;
        this.relay = relay;
        this.clock = clock;
        this.tx = tx;
    }

    /** Stores the events of one project not seen before and, if there are any, re-folds it; returns how many were new. */
    public int accept(ProjectRef project, List<StoredEvent> incoming) {
        Integer fresh = tx.execute(status -> {
            ProjectLock lock = events.lock(project);
            List<StoredEvent> added = events.insertNew(project, distinct(incoming));
            if (added.isEmpty()) {
                return 0;
            }
            ProjectMemory.Snapshot known = memory.current(project, lock);
            List<EventEnvelope> all;
            if (known != null) {
                all = new ArrayList<>(known.events().size() + added.size());
                all.addAll(known.events());
                added.forEach(event -> all.add(event.envelope()));
            } else {
                all = events.load(project);
            }
            foldAndStore(project, lock, all, known);
            return added.size();
        });
        return fresh == null ? 0 : fresh;
    }

    /** Folds a project again without new events (its policy changed); joins the caller's transaction. */
    public void refold(ProjectRef project) {
        tx.executeWithoutResult(status -> {
            ProjectLock lock = events.lock(project);
            ProjectMemory.Snapshot known = memory.current(project, lock);
            List<EventEnvelope> all = known != null ? known.events() : events.load(project);
            foldAndStore(project, lock, all, known);
        });
    }

    private void foldAndStore(ProjectRef project, ProjectLock lock, List<EventEnvelope> all, ProjectMemory.Snapshot known) {
        var previous = known != null ? known.decisions() : Remembered.fromStore(projections.known(project));
        Outcome outcome = AttributionFold.fold(all, policies.history(project.projectId()));
        Instant now = clock.instant();
        Reconciler.Result result = new Reconciler(project, previous, all, now).reconcile(outcome);
        projections.apply(project, result.changes(), now);
        long foldSeq = lock.foldSeq() + 1;
        events.folded(project, all.size(), foldSeq);
        ProjectMemory.Snapshot next = new ProjectMemory.Snapshot(all.size(), foldSeq,
                Collections.unmodifiableList(all), result.decisions());
        int published = result.changes().publications.size();
        log.debug("folded {}: {} events, {} publications", project.key(), all.size(), published);
        // memory and the relay learn of the fold only once it is committed
        memory.forget(project);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                memory.put(project, next);
                if (published > 0) {
                    relay.wake();
                }
            }
        });
    }

    /** A poll may carry one event twice (a producer retry); the first copy stands for both. */
    private static List<StoredEvent> distinct(List<StoredEvent> incoming) {
        Map<String, StoredEvent> byId = new LinkedHashMap<>();
        for (StoredEvent event : incoming) {
            byId.putIfAbsent(event.envelope().eventId(), event);
        }
        return byId.size() == incoming.size() ? incoming : new ArrayList<>(byId.values());
    }
}
