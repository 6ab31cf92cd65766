package com.baobei.attribution.live;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.FoldState;
import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.fold.HistoryGenerator;
import com.baobei.attribution.persistence.DecisionKind;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.registration.Registered;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Issue 16 / ADR 0031: what one live registration costs in a project with a long history, folded on from the last
 * fold's state against the whole-project fold, side by side in one run. Not a test (no timing is asserted) and not
 * run by {@code verify}. In process, through the live classes: a registration → {@link AttributionFold#resume} (or
 * {@link AttributionFold#fold}) → {@link Reconciler} against the decisions of the fold before, which is what
 * {@link LiveAttribution} does before it writes the changed rows (the database write is not in these figures).
 * Histories come from the fold tests' generator. Arguments: sizes in events (default 100000 300000 1000000);
 * {@code -Dwarmup=N} registrations before the measured ones (default 50).
 *
 * <pre>
 * ./mvnw -q -B -ntp -o -pl attribution-service -am test-compile -DskipTests
 * cd attribution-service && ../mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * W=..; java -Xmx6g -cp target/test-classes:target/classes:$W/contracts/target/classes:$W/deploy/security/target/classes:$W/deploy/inputs/target/classes:$W/deploy/platform/target/classes:$(tr ':' '\n' &lt; target/bench.cp | grep -v /com/baobei/ | paste -sd:) \
 *     com.baobei.attribution.live.IncrementalFoldBenchmark
 * </pre>
 * (The worktree's own modules first: the shared {@code ~/.m2} snapshots may be another branch's.)
 */
public final class IncrementalFoldBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * Registrations folded on before the measured ones ({@code -Dwarmup=N}, default 50). Since the third round an event
     * costs microseconds, so 50 leave the JIT's work on the new path unfinished for the first size a JVM runs: a few
     * thousand make the sizes comparable in one run.
     */
    private static final int WARM_UP = Integer.getInteger("warmup", 50);

    private IncrementalFoldBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000, 300_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        List<String> rows = new ArrayList<>();
        for (int size : sizes) {
            rows.addAll(run(size));
        }
        System.out.println();
        System.out.println("| history (events) | fold | samples | registration → decisions p50 | p99 | CPU per new event (median) |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static List<String> run(int targetEvents) {
        // the generator makes about 2.75 events per person; a busier office over more days as the history grows
        int days = targetEvents <= 100_000 ? 365 : targetEvents <= 300_000 ? 730 : 1095;
        List<EventEnvelope> history = HistoryGenerator.history(targetEvents, (int) (targetEvents / 2.75), days);
        PolicyHistory policies = HistoryGenerator.policies();
        ProjectRef project = ProjectRef.of(history.get(0));
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        Instant tip = history.stream().map(EventEnvelope::occurredAt).max(Instant::compareTo).orElseThrow();

        FoldState state = AttributionFold.start(history, policies);
        Map<DecisionKind, Map<String, Remembered>> previous =
                new Reconciler(project, Map.of(), state, now).reconcile(state.outcome()).decisions();
        System.out.printf("history: %d events (%d decisions after the first fold)%n", state.events(),
                state.outcome().verdicts().size() + state.outcome().clients().size()
                        + state.outcome().purchases().size() + state.outcome().disputes().size());

        // folded on from the state: one registration at a time, each after the last (live traffic); fewer at 1M
        int measured = targetEvents >= 1_000_000 ? 100 : targetEvents >= 300_000 ? 200 : 400;
        long[] wall = new long[measured];
        long[] cpu = new long[measured];
        long[] foldCpu = new long[measured];
        long[] reread = new long[4];
        int n = 0;
        for (int i = 0; i < WARM_UP + measured; i++) {
            EventEnvelope registration = registration(history.get(0), "inc", i, tip.plusSeconds(60L * (i + 1)));
            long w = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            Outcome before = state.outcome();
            state = AttributionFold.resume(state, List.of(registration), policies);
            long folded = THREADS.getCurrentThreadCpuTime() - c;
            // as LiveAttribution does: only the decisions that are not the previous Outcome's objects are compared
            Reconciler.Result result = new Reconciler(project, previous, state, now).reconcileSince(before, state.outcome());
            long cpuTook = THREADS.getCurrentThreadCpuTime() - c;
            long wallTook = System.nanoTime() - w;
            if (state.resumedAt() == 0) {
                throw new IllegalStateException("a live registration at the tip must be folded on from the state");
            }
            previous = result.decisions();
            if (i >= WARM_UP) {
                int[] items = state.rereadItems();
                for (int k = 0; items != null && k < 4; k++) {
                    reread[k] += items[k];
                }
                foldCpu[n] = folded;
                wall[n] = wallTook;
                cpu[n++] = cpuTook;
            }
        }
        long[] sortedFold = Arrays.copyOf(foldCpu, n);
        Arrays.sort(sortedFold);
        System.out.printf("on from the state: of the CPU per event, the fold (resume and decisions) %.3f ms (median);"
                + " re-read per event: %.2f clients, %.2f registrations, %.2f purchases, %.2f disputes; load average %.2f%n",
                sortedFold[n / 2] / 1e6, reread[0] / (double) n, reread[1] / (double) n, reread[2] / (double) n,
                reread[3] / (double) n, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<String> rows = new ArrayList<>();
        rows.add(row(state.events() - WARM_UP - measured, "on from the state", wall, cpu, n));

        // the whole-project fold of the same history plus each new registration, as LiveAttribution did before
        List<EventEnvelope> all = new ArrayList<>(state.orderedEvents());
        int samples = targetEvents >= 1_000_000 ? 5 : targetEvents >= 300_000 ? 10 : 20;
        int warm = 3;
        long[] wholeWall = new long[samples];
        long[] wholeCpu = new long[samples];
        for (int i = 0; i < warm + samples; i++) {
            all.add(registration(history.get(0), "whole", i, tip.plusSeconds(60L * (WARM_UP + measured + i + 1))));
            long w = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            var outcome = AttributionFold.fold(all, policies);
            Reconciler.Result result = new Reconciler(project, previous, all, now).reconcile(outcome);
            long cpuTook = THREADS.getCurrentThreadCpuTime() - c;
            long wallTook = System.nanoTime() - w;
            previous = result.decisions();
            if (i >= warm) {
                wholeWall[i - warm] = wallTook;
                wholeCpu[i - warm] = cpuTook;
            }
        }
        rows.add(row(state.events() - WARM_UP - measured, "whole project (before)", wholeWall, wholeCpu, samples));
        System.out.printf("load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(rows.get(0));
        System.out.println(rows.get(1));
        return rows;
    }

    private static String row(int history, String form, long[] wall, long[] cpu, int n) {
        long[] w = Arrays.copyOf(wall, n);
        long[] c = Arrays.copyOf(cpu, n);
        Arrays.sort(w);
        Arrays.sort(c);
        return String.format("| %,d | %s | %d | %.3f ms | %.3f ms | %.3f ms |", history, form, n,
                w[n / 2] / 1e6, w[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6, c[n / 2] / 1e6);
    }

    /** A live registration of a new client (a number the generator never makes), at the given business time. */
    private static EventEnvelope registration(EventEnvelope sample, String series, int i, Instant at) {
        String masked = "150****" + String.format("%04d", i % 10_000);
        String id = series + "-" + i;
        return EventEnvelope.of("e-" + id, sample.tenantId(), sample.projectId(),
                sample.tenantId() + ":" + sample.projectId() + ":" + masked, at, at,
                new Registered("r-" + id, "chA", Registered.ChannelKind.AGENCY, "chA-ag", "王", masked, null, List.of(),
                        Registered.Intake.API, null));
    }
}
