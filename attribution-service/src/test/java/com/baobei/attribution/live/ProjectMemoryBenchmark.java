package com.baobei.attribution.live;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.FoldState;
import com.baobei.attribution.fold.HistoryGenerator;
import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.registration.Registered;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * ADR 0031, "Memory, measured": the heap one project's kept state retains ({@link ProjectMemory.Snapshot}: the
 * decoded events, the fold's state, the remembered decisions), built as {@link LiveAttribution} builds it — events
 * decoded from their stored JSON as {@code EventStore.load} reads them, {@link AttributionFold#start}, a
 * {@link Reconciler} against an empty projection (a catch-up's first fold), then live registrations folded on. Prints
 * the used heap after full collections at each step, bytes per event, the highest heap left after any collection
 * during the first fold and during a fold from the start while the old state is still held (a late event), and the
 * classes that retain most. Not a test, not run by {@code verify}. Arguments: sizes in events (default 100000 300000).
 *
 * <pre>
 * ./mvnw -q -B -ntp -o -pl attribution-service -am test-compile -DskipTests
 * cd attribution-service && ../mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * W=..; java -Xmx2g -XX:+UseG1GC -cp target/test-classes:target/classes:$W/contracts/target/classes:$W/deploy/security/target/classes:$W/deploy/inputs/target/classes:$W/deploy/platform/target/classes:$(tr ':' '\n' &lt; target/bench.cp | grep -v /com/baobei/ | paste -sd:) \
 *     com.baobei.attribution.live.ProjectMemoryBenchmark 100000 300000
 * </pre>
 * With {@code -Xmx384m -XX:+ExitOnOutOfMemoryError} (the platform's service heap) it shows whether a size fits at all.
 */
public final class ProjectMemoryBenchmark {

    private static final long MB = 1024 * 1024;
    /** The highest heap in use after any collection since the last {@link #resetPeak}. */
    private static final AtomicLong PEAK = new AtomicLong();

    private ProjectMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {100_000, 300_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        watchCollections();
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() / MB);
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int targetEvents) throws Exception {
        int days = targetEvents <= 100_000 ? 365 : 730;
        long empty = usedAfterGc();
        List<EventEnvelope> events = decoded(HistoryGenerator.history(targetEvents, (int) (targetEvents / 2.75), days));
        PolicyHistory policies = HistoryGenerator.policies();
        ProjectRef project = ProjectRef.of(events.get(0));
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        long withEvents = usedAfterGc();
        int n = events.size();
        System.out.printf("%n== %,d events: decoded events %d MB (%d bytes per event)%n", n, (withEvents - empty) / MB,
                (withEvents - empty) / n);

        resetPeak();
        FoldState state = AttributionFold.start(events, policies);
        // as LiveAttribution: the rows handed on (written, then dropped) every SLICE_ROWS; -Dslices=false holds them all
        int[] slices = new int[1];
        Reconciler reconciler = new Reconciler(project, Remembered.none(), state, now);
        if (Boolean.parseBoolean(System.getProperty("slices", "true"))) {
            reconciler.writingEvery(LiveAttribution.SLICE_ROWS, slice -> slices[0]++);
        }
        Reconciler.Result result = reconciler.reconcile(state.outcome());
        reconciler = null; // it holds the first Outcome's decisions: not part of what the live path keeps
        long withChanges = usedAfterGc();
        long firstPeak = PEAK.get();
        int decisions = result.decisions().values().stream().mapToInt(java.util.Map::size).sum();
        System.out.printf("first fold: %d decisions, %d slices of changes written before its end; heap with its"
                + " last changes %d MB; highest heap after a collection during it %d MB%n", decisions, slices[0],
                (withChanges - empty) / MB, firstPeak / MB);
        ProjectMemory.Snapshot snapshot = new ProjectMemory.Snapshot(n, 1, Collections.unmodifiableList(events),
                result.decisions(), state, n);
        result = null;
        state = null;
        long kept = usedAfterGc();
        System.out.printf("kept after the first fold: %d MB (%d bytes per event); changes still held at the first fold's end %d MB%n",
                (kept - empty) / MB, (kept - empty) / n, (withChanges - kept) / MB);

        // live registrations folded on, as LiveAttribution does: the snapshot forgotten, resumed, reconciled, kept again
        Instant tip = snapshot.fold().latest();
        for (int i = 0; i < 20; i++) {
            EventEnvelope registration = registration(events.get(0), i, tip.plusSeconds(60L * (i + 1)));
            List<EventEnvelope> all = grown(snapshot.events(), registration);
            Outcome before = snapshot.fold().outcome();
            FoldState next = AttributionFold.resume(snapshot.fold(), all.subList(snapshot.folded(), all.size()), policies);
            Reconciler.Result r = new Reconciler(project, snapshot.decisions(), next, now).reconcileSince(before, next.outcome());
            snapshot = new ProjectMemory.Snapshot(all.size(), snapshot.foldSeq() + 1, Collections.unmodifiableList(all),
                    r.decisions(), next, all.size());
        }
        long live = usedAfterGc();
        System.out.printf("kept after 20 live registrations folded on: %d MB (%d bytes per event)%n", (live - empty) / MB,
                (live - empty) / n);
        histogram(15);

        // a late event: the state cannot be folded on, so the whole project is folded again while the live path
        // still holds the snapshot it was given (its events, the old state, the decisions it reconciles against)
        resetPeak();
        EventEnvelope late = registration(events.get(0), 99, events.get(0).occurredAt());
        List<EventEnvelope> all = grown(snapshot.events(), late);
        Outcome before = snapshot.fold().outcome();
        FoldState next = AttributionFold.resume(snapshot.fold(), all.subList(snapshot.folded(), all.size()), policies);
        if (next.resumedAt() > 0) {
            throw new IllegalStateException("a late event must fold from the start");
        }
        Reconciler.Result r = new Reconciler(project, snapshot.decisions(), next, now).reconcile(next.outcome());
        long during = usedAfterGc();
        System.out.printf("a late event, folded from the start while the old snapshot is held: heap %d MB at the end"
                + " (old and new state, changes), highest after a collection %d MB%n", (during - empty) / MB,
                PEAK.get() / MB);
        snapshot = new ProjectMemory.Snapshot(all.size(), 0, all, r.decisions(), next, all.size());
        r = null;
        next = null;
        before = null;
        long after = usedAfterGc();
        System.out.printf("kept after it: %d MB (%d bytes per event)%n", (after - empty) / MB, (after - empty) / n);
        if (snapshot.events().size() != n + 21) {
            throw new IllegalStateException("lost an event");
        }
        // what each part of the kept state takes: dropped one after the other
        List<EventEnvelope> keptEvents = snapshot.events();
        FoldState keptFold = snapshot.fold();
        snapshot = null;
        long noDecisions = usedAfterGc();
        keptFold = null;
        long eventsOnly = usedAfterGc();
        System.out.printf("  of which the remembered decisions (maps, entries, hashes, decisions not in the Outcome)"
                + " %d MB, the fold state (arrays, records, indexes, Outcome) %d MB, the events %d MB%n",
                (after - noDecisions) / MB, (noDecisions - eventsOnly) / MB, (eventsOnly - empty) / MB);
        keptEvents = null;
    }

    /** The events as the live path holds them: each decoded from its own stored JSON ({@code EventStore.load}). */
    private static List<EventEnvelope> decoded(List<EventEnvelope> generated) {
        List<byte[]> stored = new ArrayList<>(generated.size());
        generated.forEach(e -> stored.add(EventJson.write(e)));
        generated = null;
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            events.add(EventJson.read(stored.get(i)));
            stored.set(i, null);
        }
        return events;
    }

    /** As {@code LiveAttribution.grown}: the kept events and the new one in a new list. */
    private static List<EventEnvelope> grown(List<EventEnvelope> known, EventEnvelope added) {
        List<EventEnvelope> all = new ArrayList<>(known.size() + 1);
        all.addAll(known);
        all.add(added);
        return all;
    }

    private static EventEnvelope registration(EventEnvelope sample, int i, Instant at) {
        String masked = "150****" + String.format("%04d", i % 10_000);
        String id = "mem-" + i;
        return EventEnvelope.of("e-" + id, sample.tenantId(), sample.projectId(),
                sample.tenantId() + ":" + sample.projectId() + ":" + masked, at, at,
                new Registered("r-" + id, "chA", Registered.ChannelKind.AGENCY, "chA-ag", "王", masked, null, List.of(),
                        Registered.Intake.API, null));
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static void resetPeak() {
        PEAK.set(0);
    }

    /** After every collection, the heap it left in use: the highest of these is the live peak a collector saw. */
    private static void watchCollections() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                PEAK.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    /** The classes whose instances take most of the heap (a full collection first), as {@code jcmd GC.class_histogram}. */
    private static void histogram(int top) throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        text.lines().limit(top + 3).forEach(System.out::println);
    }
}
