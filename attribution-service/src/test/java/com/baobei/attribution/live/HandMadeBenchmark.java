package com.baobei.attribution.live;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.ClientDecision;
import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.attribution.fold.HistoryGenerator;
import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.fold.PurchaseDecision;
import com.baobei.attribution.fold.VerdictDecision;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Issue 16: does the live path's hand-made machinery still pay for itself? For every decision of one project's whole
 * fold (the most a fold writes: a catch-up, or a fold from the first event), thread CPU of
 * <ul>
 *   <li>writing the decisions' JSON: {@link DecisionJson} (by hand) against the language's Jackson mapper, which
 *   writes the same bytes (checked here, and by {@code DecisionJsonTest});</li>
 *   <li>hashing those bytes: {@link ContentHash} against the JDK's MD5 and SHA-256;</li>
 * </ul>
 * printed beside the whole fold and its reconciliation in the same run, for scale. Not a test; nothing asserted but
 * the equal bytes. Arguments: history sizes in events (default 100000); {@code -Drounds=N} (default 5, after 2
 * warm-up rounds). Command: as {@link IncrementalFoldBenchmark}'s, with this class.
 */
public final class HandMadeBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = Integer.getInteger("rounds", 5);

    private HandMadeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int targetEvents) throws Exception {
        List<EventEnvelope> history = HistoryGenerator.history(targetEvents, (int) (targetEvents / 2.75), 365);
        ProjectRef project = ProjectRef.of(history.get(0));
        long[] fold = new long[ROUNDS];
        long[] reconcile = new long[ROUNDS];
        Outcome outcome = null;
        for (int r = -2; r < ROUNDS; r++) {
            long c = cpu();
            outcome = AttributionFold.fold(history, HistoryGenerator.policies());
            long folded = cpu();
            new Reconciler(project, Map.of(), history, Instant.parse("2030-01-01T00:00:00Z")).reconcile(outcome);
            if (r >= 0) {
                fold[r] = folded - c;
                reconcile[r] = cpu() - folded;
            }
        }
        List<Object> decisions = decisions(outcome);
        ObjectWriter mapper = EventJson.mapper().writer();
        List<byte[]> jsons = new ArrayList<>(decisions.size());
        long bytes = 0;
        for (Object d : decisions) {
            byte[] hand = hand(d);
            if (!Arrays.equals(hand, mapper.writeValueAsBytes(d))) {
                throw new IllegalStateException("not the mapper's bytes: " + d);
            }
            jsons.add(hand);
            bytes += hand.length;
        }

        long[] byHand = new long[ROUNDS];
        long[] byMapper = new long[ROUNDS];
        long[] contentHash = new long[ROUNDS];
        long[] md5 = new long[ROUNDS];
        long[] sha256 = new long[ROUNDS];
        long sink = 0;
        for (int r = -2; r < ROUNDS; r++) {
            long c = cpu();
            for (Object d : decisions) {
                sink += hand(d).length;
            }
            long a = cpu();
            for (Object d : decisions) {
                sink += mapper.writeValueAsBytes(d).length;
            }
            long b = cpu();
            for (byte[] json : jsons) {
                sink += ContentHash.of(json).a();
            }
            long h = cpu();
            for (byte[] json : jsons) {
                sink += MessageDigest.getInstance("MD5").digest(json)[0];
            }
            long m = cpu();
            for (byte[] json : jsons) {
                sink += MessageDigest.getInstance("SHA-256").digest(json)[0];
            }
            long s = cpu();
            if (r >= 0) {
                byHand[r] = a - c;
                byMapper[r] = b - a;
                contentHash[r] = h - b;
                md5[r] = m - h;
                sha256[r] = s - m;
            }
        }
        int n = decisions.size();
        System.out.printf("%n%,d events, %,d decisions written (%,d bytes of JSON); thread CPU, median of %d rounds "
                + "(load average %.1f; ignore: %d)%n", history.size(), n, bytes, ROUNDS,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sink & 1);
        line("whole fold (scale)", fold, n);
        line("its reconciliation, all new (scale)", reconcile, n);
        line("JSON by hand (DecisionJson)", byHand, n);
        line("JSON by Jackson's mapper", byMapper, n);
        line("hash: ContentHash", contentHash, n);
        line("hash: JDK MD5", md5, n);
        line("hash: JDK SHA-256", sha256, n);
    }

    private static void line(String what, long[] nanos, int decisions) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long median = sorted[sorted.length / 2];
        System.out.printf("  %-38s %9.1f ms   %7.2f µs per decision%n", what, median / 1e6, median / 1e3 / decisions);
    }

    /** Every decision as the live path writes it: verdicts, each client's current owner and history, purchases, disputes. */
    private static List<Object> decisions(Outcome outcome) {
        List<Object> all = new ArrayList<>();
        for (VerdictDecision v : outcome.verdicts()) {
            all.add(v.verdict());
        }
        for (ClientDecision c : outcome.clients()) {
            if (c.current() != null) {
                all.add(c.current());
            }
            all.add(c.history());
        }
        for (PurchaseDecision p : outcome.purchases()) {
            all.add(p.attribution());
        }
        all.addAll(outcome.disputes());
        return all;
    }

    @SuppressWarnings("unchecked")
    private static byte[] hand(Object d) {
        if (d instanceof com.baobei.contracts.attribution.RegistrationVerdict v) {
            return DecisionJson.verdict(v);
        }
        if (d instanceof com.baobei.contracts.attribution.OwnershipChanged o) {
            return DecisionJson.ownership(o);
        }
        if (d instanceof List<?> history) {
            return DecisionJson.history((List<com.baobei.contracts.attribution.OwnershipChanged>) history);
        }
        if (d instanceof com.baobei.contracts.attribution.PurchaseAttributed p) {
            return DecisionJson.purchase(p);
        }
        return DecisionJson.dispute((DisputeDecision) d);
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
