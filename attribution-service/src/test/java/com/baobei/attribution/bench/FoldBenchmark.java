package com.baobei.attribution.bench;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.FoldOrder;
import com.baobei.attribution.fold.HistoryGenerator;
import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pure fold of one realistic project history (about 100k events, arriving shuffled), next to the
 * baseline of only putting the same events in fold order (dedupe + sort), which every fold must pay.
 * One thread: the figures are per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = FoldBenchmark.WARM_UP_ITERATIONS, time = 2)
@Measurement(iterations = 5, time = 2)
public class FoldBenchmark {

    static final long SEED = 42;
    /** Warm-up iterations of 2 s: the fold settles only after about 30 calls (see {@link FoldBenchmarkMain}). */
    static final int WARM_UP_ITERATIONS = 12;
    static final int PEOPLE = 40_000;
    static final int DAYS = 365;

    private List<EventEnvelope> arrival;
    private PolicyHistory policies;

    static List<EventEnvelope> history() {
        List<EventEnvelope> events = new ArrayList<>(HistoryGenerator.history(SEED, PEOPLE, DAYS));
        Collections.shuffle(events, new Random(SEED));
        return events;
    }

    @Setup
    public void setUp() {
        arrival = history();
        policies = HistoryGenerator.policies();
    }

    @Benchmark
    public Outcome fold() {
        return AttributionFold.fold(arrival, policies);
    }

    @Benchmark
    public EventEnvelope[] baselineOrderOnly() {
        return FoldOrder.ordered(arrival);
    }
}
