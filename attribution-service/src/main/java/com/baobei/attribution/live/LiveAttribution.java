package com.baobei.attribution.live;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.FoldState;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One project's batch in one transaction: record the new events (the inbox), fold them on from the
 * state the project's last fold left in memory (or its whole history when none is kept), write what
 * changed and queue it for publication. The resumed fold equals {@link AttributionFold#fold}, which the
 * dry run calls, so live and simulated answers cannot drift (ADR 0031).
 */
@Service
public class LiveAttribution {

    private static final Logger log = LoggerFactory.getLogger(LiveAttribution.class);
    /** Rows a fold writes at a time: about 2 MB of JSON, where a 100k-event project's whole catch-up was 150 MB. */
    static final int SLICE_ROWS = 2_000;

    private final EventStore events;
    private final ProjectionStore projections;
    private final PolicyVersions policies;
    private final ProjectMemory memory;
    private final RecentPublications recent;
    private final RelaySignal relay;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final LiveMetrics metrics;
    /**
     * {@code baobei.fold.resume}: fold each burst on from the state the last fold left (ADR 0031); false folds the
     * whole project each burst, as before, so that the two paths can be measured across the real processes.
     */
    private final boolean resume;

    public LiveAttribution(EventStore events, ProjectionStore projections, PolicyVersions policies, ProjectMemory memory,
                           RecentPublications recent, RelaySignal relay, Clock clock, TransactionTemplate tx,
                           LiveMetrics metrics, @Value("${baobei.fold.resume:true}") boolean resume) {
        this.events = events;
        this.projections = projections;
        this.policies = policies;
        this.memory = memory;
        this.recent = recent;
        this.relay = relay;
        this.clock = clock;
        this.tx = tx;
        this.metrics = metrics;
        this.resume = resume;
    }

    /**
     * Stores the events of one project not seen before and, if there are any, re-folds it; returns
     * how many were new. With {@code defer} (the consumer is catching up) the new events are only
     * stored and the project marked dirty: {@link #foldIfDirty} folds it once the burst is over, so a
     * replay does not publish every intermediate state of every project.
     */
    public int accept(ProjectRef project, List<StoredEvent> incoming, boolean defer) {
        Integer fresh = tx.execute(status -> {
            ProjectLock lock = events.lock(project);
            List<StoredEvent> added = events.insertNew(distinct(incoming));
            if (added.isEmpty()) {
                if (lock.dirty() && !defer) {
                    // a fold deferred before a restart: this redelivery is the moment to do it
                    ProjectMemory.Snapshot known = memory.current(project, lock);
                    foldAndStore(project, lock, known != null ? known.events() : events.load(project), known);
                }
                return 0;
            }
            ProjectMemory.Snapshot known = memory.current(project, lock);
            ProjectMemory.Snapshot grown = grown(known, lock, added);
            if (defer) {
                events.deferred(project, lock.eventCount() + added.size());
                remember(project, grown, false);
            } else {
                // no grown snapshot: the events come from the table, in its order, so the kept state (whose first
                // events are those of the kept list, in that list's order) must not be folded on with them
                foldAndStore(project, lock, grown != null ? grown.events() : events.load(project), grown);
                afterCommit(() -> metrics.decided(added, clock.instant()));
            }
            return added.size();
        });
        return fresh == null ? 0 : fresh;
    }

    /**
     * Stores a catching-up poll's events of several projects in ONE transaction (one commit instead
     * of one per project) and marks the projects that got new events dirty; no fold. Projects are
     * locked in key order, so two consumers never deadlock.
     */
    public void storeDeferred(Map<ProjectRef, List<StoredEvent>> byProject) {
        tx.executeWithoutResult(status -> {
            List<ProjectRef> projects = new ArrayList<>(byProject.keySet());
            projects.sort(Comparator.comparing(ProjectRef::key));
            Map<ProjectRef, ProjectLock> locks = events.lockAll(projects);
            List<StoredEvent> all = new ArrayList<>();
            for (ProjectRef project : projects) {
                all.addAll(byProject.get(project));
            }
            Map<ProjectRef, List<StoredEvent>> added = new LinkedHashMap<>();
            for (StoredEvent event : events.insertNew(distinct(all))) {
                added.computeIfAbsent(ProjectRef.of(event.envelope()), p -> new ArrayList<>()).add(event);
            }
            Map<ProjectRef, Long> counts = new LinkedHashMap<>();
            added.forEach((project, fresh) -> {
                ProjectLock lock = locks.get(project);
                counts.put(project, lock.eventCount() + fresh.size());
                remember(project, grown(memory.current(project, lock), lock, fresh), false);
            });
            events.deferredAll(counts);
        });
    }

    /** Folds a project whose fold was deferred; nothing when another thread or instance did it already. */
    public void foldIfDirty(ProjectRef project) {
        tx.executeWithoutResult(status -> {
            ProjectLock lock = events.lock(project);
            if (lock.dirty()) {
                ProjectMemory.Snapshot known = memory.current(project, lock);
                foldAndStore(project, lock, known != null ? known.events() : events.load(project), known);
            }
        });
    }

    /** Projects whose deferred fold is older than the given age. */
    public List<ProjectRef> dirtyProjects(java.time.Duration olderThan, int limit) {
        return events.dirtyProjects(olderThan, limit);
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
        long started = System.nanoTime();
        var previous = known != null ? known.decisions() : Remembered.fromStore(projections.known(project));
        // the kept state is folded on and so changes: memory must not offer it again if this transaction fails
        memory.forget(project);
        Outcome before = known != null && known.fold() != null ? known.fold().outcome() : null;
        FoldState state = before != null && resume && worthResuming(known.folded(), all.size() - known.folded())
                ? AttributionFold.resume(known.fold(), all.subList(known.folded(), all.size()), policies.history(project))
                : AttributionFold.start(all, policies.history(project));
        Outcome outcome = state.outcome();
        long folded = System.nanoTime();
        Instant now = clock.instant();
        int[] sliced = new int[1];
        Reconciler reconciler = new Reconciler(project, previous, state, now).writingEvery(SLICE_ROWS, slice -> {
            // a large fold's rows are written as they come, not held to the end (ADR 0031, "Memory, measured")
            recent.superseded(project, slice.publications);
            projections.apply(project, slice, now);
            sliced[0] += slice.publications.size();
        });
        // folded on from the state whose Outcome the remembered decisions came from: compare only what changed
        Reconciler.Result result = state.resumedAt() > 0 ? reconciler.reconcileSince(before, outcome)
                : reconciler.reconcile(outcome);
        long reconciled = System.nanoTime();
        projections.apply(project, result.changes(), now);
        long written = System.nanoTime();
        metrics.folded(java.time.Duration.ofNanos(written - started), state.resumedAt() > 0);
        long foldSeq = lock.foldSeq() + 1;
        events.folded(project, all.size(), foldSeq);
        ProjectMemory.Snapshot next = new ProjectMemory.Snapshot(all.size(), foldSeq,
                KeptEvents.of(all), result.decisions(), state, all.size());
        int published = result.changes().publications.size() + sliced[0];
        if (!result.changes().isEmpty()) {
            // before the relay is woken, so it finds them
            afterCommit(() -> recent.committed(project, result.changes(), now));
        }
        remember(project, next, published > 0);
        if (log.isDebugEnabled()) {
            log.debug("folded {}: {} events{}{}, {} publications; fold {} ms, reconcile {} ms, write {} ms", project.key(),
                    all.size(), known == null ? " (read from the table)" : "",
                    state.resumedAt() > 0 ? " (on from position " + state.resumedAt() + ")" : "", published,
                    (folded - started) / 1_000_000,
                    (reconciled - folded) / 1_000_000, (written - reconciled) / 1_000_000);
        }
    }

    /**
     * Whether to fold {@code fresh} new events on from a state holding {@code folded}, rather than all of them from the
     * first: going on costs each new event tens of microseconds (what it touches is marked, re-read and compared), a
     * fold from the first event a few microseconds per event of the whole project (ADR 0031, "Catch-up"). A live burst
     * is a few events into many; a catch-up's deferred fold may bring as many new events as the state holds.
     */
    static boolean worthResuming(int folded, int fresh) {
        return (long) fresh * RESUME_RATIO <= folded;
    }

    /** Going on from the state while the new events are at most 1/8 of those it holds. */
    private static final int RESUME_RATIO = 8;

    /**
     * The project's events with the new ones, when memory holds all the others: a current snapshot,
     * or none needed because the project had no events before (a new project, the start of a replay).
     * Null when they must be read from the table, or when the project is too large to keep. The decisions stay those of
     * the last fold.
     */
    private ProjectMemory.Snapshot grown(ProjectMemory.Snapshot known, ProjectLock lock, List<StoredEvent> added) {
        if (known == null && lock.eventCount() > 0 || !memory.fits(lock.eventCount() + added.size())) {
            // too large to keep: not copied either; its fold reads the table
            return null;
        }
        List<EventEnvelope> fresh = new ArrayList<>(added.size());
        for (StoredEvent event : added) {
            fresh.add(event.envelope());
        }
        // appended, not copied: the cost of a poll stays that of its own events however old the project is
        KeptEvents all = KeptEvents.of(known == null ? List.of() : known.events()).plus(fresh);
        return new ProjectMemory.Snapshot(all.size(), lock.foldSeq(), all,
                known == null ? Remembered.none() : known.decisions(), known == null ? null : known.fold(),
                known == null ? 0 : known.folded());
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** Memory and the relay learn of a change only once it is committed. */
    private void remember(ProjectRef project, ProjectMemory.Snapshot snapshot, boolean wakeRelay) {
        memory.forget(project);
        afterCommit(() -> {
            if (snapshot != null) {
                memory.put(project, snapshot);
            }
            if (wakeRelay) {
                relay.wake();
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
