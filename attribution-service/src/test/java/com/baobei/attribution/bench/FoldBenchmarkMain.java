package com.baobei.attribution.bench;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.HistoryGenerator;
import com.baobei.attribution.fold.Outcome;
import com.baobei.contracts.EventEnvelope;
import com.baobei.attribution.fold.FoldOrder;
import com.baobei.attribution.policy.PolicyHistory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link FoldBenchmark} (1 fork with the JVM's default heap, 12 warm-up and 5 measured iterations of 2 s)
 * and prints the fold's events per second per core next to the baseline measured in the same run. Command
 * and the reasons for this configuration in ADR 0005.
 */
public final class FoldBenchmarkMain {

    private static final long WARM_UP_NANOS = 6_000_000_000L;
    private static final int WARM_UP_FOLDS = 40;

    private FoldBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        List<EventEnvelope> history = FoldBenchmark.history();
        Outcome outcome = AttributionFold.fold(history, HistoryGenerator.policies());
        int events = history.size();
        System.out.printf("history: %d events; %d verdicts, %d clients, %d purchases, %d disputes%n", events,
                outcome.verdicts().size(), outcome.clients().size(), outcome.purchases().size(), outcome.disputes().size());
        Options options = new OptionsBuilder()
                .include(FoldBenchmark.class.getName() + ".*")
                .forks(1)
                // 12 x 2 s: the fold keeps getting faster for about its first 30 calls (the JIT compiler at work,
                // the heap's fresh pages touched once); 3 x 2 s measured part of that instead of the fold.
                // The fork keeps the JVM's default heap, as the services run: the -Xmx2g it had (a workaround
                // for a machine short of memory) gave 1 MB G1 regions, in which the fold's arrays of 100k entries
                // are humongous and set off concurrent cycles that copy the 500 MB of history held by the benchmark.
                .warmupIterations(FoldBenchmark.WARM_UP_ITERATIONS).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .threads(1)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double fold = 0;
        double baseline = 0;
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double opsPerSecond = result.getPrimaryResult().getScore();
            double eventsPerSecond = opsPerSecond * events;
            System.out.printf("%-20s %10.2f folds/s  = %,14.0f events/s per core  (±%.1f%%)%n",
                    name.substring(name.lastIndexOf('.') + 1), opsPerSecond, eventsPerSecond,
                    100 * result.getPrimaryResult().getScoreError() / opsPerSecond);
            if (name.endsWith(".fold")) {
                fold = eventsPerSecond;
            } else {
                baseline = eventsPerSecond;
            }
        }
        System.out.printf("JMH (wall clock): fold %,.0f events/s per core (goal 1,000,000); baseline order-only %,.0f events/s; "
                + "fold costs %.1fx the ordering alone; %d events fold in %.0f ms%n",
                fold, baseline, baseline / fold, events, 1000.0 * events / fold);
        cpuTime(history);
    }

    /**
     * On a machine shared with other work, wall-clock throughput mostly measures the run queue. The
     * same two operations, interleaved, timed by this thread's CPU time: what one core does per second.
     * Warmed up at least as long as JMH warms up (3 x 2 s) and for at least 40 folds: on this machine a
     * fold's CPU time settles only after about 30 calls. With the 10 folds it had before, the figure
     * measured the JIT compiler still at work and the first touch of the heap's fresh pages (charged to
     * this thread's CPU time), not the fold.
     */
    private static void cpuTime(List<EventEnvelope> history) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PolicyHistory policies = HistoryGenerator.policies();
        int rounds = 15;
        long[] fold = new long[rounds];
        long[] order = new long[rounds];
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int warm = 0; warm < WARM_UP_FOLDS || System.nanoTime() < warmUntil; warm++) {
            AttributionFold.fold(history, policies);
            FoldOrder.ordered(history);
        }
        for (int i = 0; i < rounds; i++) {
            long t0 = threads.getCurrentThreadCpuTime();
            AttributionFold.fold(history, policies);
            long t1 = threads.getCurrentThreadCpuTime();
            FoldOrder.ordered(history);
            long t2 = threads.getCurrentThreadCpuTime();
            fold[i] = t1 - t0;
            order[i] = t2 - t1;
        }
        Arrays.sort(fold);
        Arrays.sort(order);
        double foldRate = history.size() * 1e9 / fold[rounds / 2];
        double orderRate = history.size() * 1e9 / order[rounds / 2];
        System.out.printf("CPU time (median of %d, interleaved): fold %,.0f events/s per core (%.0f ms per fold); "
                + "baseline order-only %,.0f events/s per core; fold costs %.1fx the ordering alone%n",
                rounds, foldRate, fold[rounds / 2] / 1e6, orderRate, orderRate / foldRate);
    }
}
