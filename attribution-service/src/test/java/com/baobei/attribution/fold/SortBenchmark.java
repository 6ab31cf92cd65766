package com.baobei.attribution.fold;

import com.baobei.contracts.EventEnvelope;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 16: do the fold's hand-written sorts still pay against the JDK's? (1) the radix sort of the packed event keys
 * ({@link Radix}) against {@code Arrays.sort(long[])}, keys built as {@code FoldOrder} builds them (second since the
 * first event, kind, position); (2) the id order of the decisions ({@link IdSort}: packed id characters, radix, runs)
 * against a stable {@code Arrays.sort} of the positions by {@link IdSort#compare}, for the registration ids and the
 * client keys of the history. From the fold tests' generated histories; the whole sweep and the whole fold in the same
 * run for scale. Thread CPU, median of 7 rounds after 3. Arguments: sizes in events (default 100000 1000000).
 */
public final class SortBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SortBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            List<EventEnvelope> history = HistoryGenerator.history(size, (int) (size / 2.75), size > 300_000 ? 1095 : 365);
            long[] keys = keys(history);
            long[] radix = new long[7];
            long[] jdk = new long[7];
            long[] sweep = new long[7];
            long[] fold = new long[7];
            long[] idSort = new long[7];
            long[] jdkIds = new long[7];
            List<String[]> idLists = ids(history);
            for (int r = -3; r < 7; r++) {
                long[] a = keys.clone();
                long[] b = keys.clone();
                long c = cpu();
                Radix.sortByPrefix(a, 22);
                long x = cpu();
                Arrays.sort(b);
                long y = cpu();
                if (!Arrays.equals(a, b)) {
                    throw new IllegalStateException("not the same order");
                }
                FoldOrder.sweep(history);
                long z = cpu();
                AttributionFold.fold(history, HistoryGenerator.policies());
                long w = cpu();
                long v = cpu();
                List<int[]> hand = new java.util.ArrayList<>();
                for (String[] ids : idLists) {
                    IdSort.Heads heads = new IdSort.Heads(ids.length);
                    for (int i = 0; i < ids.length; i++) {
                        heads.add(ids[i], i);
                    }
                    hand.add(IdSort.order(heads));
                }
                long u = cpu();
                List<int[]> plain = new java.util.ArrayList<>();
                for (String[] ids : idLists) {
                    plain.add(byComparator(ids));
                }
                long t = cpu();
                for (int k = 0; k < hand.size(); k++) {
                    if (!Arrays.equals(hand.get(k), plain.get(k))) {
                        throw new IllegalStateException("not the same id order");
                    }
                }
                if (r >= 0) {
                    idSort[r] = u - v;
                    jdkIds[r] = t - u;
                    radix[r] = x - c;
                    jdk[r] = y - x;
                    sweep[r] = z - y;
                    fold[r] = w - z;
                }
            }
            System.out.printf("%n%,d events (load average %.1f), thread CPU, median of 7:%n", history.size(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("  Radix.sortByPrefix      %8.1f ms%n", median(radix));
            System.out.printf("  Arrays.sort(long[])     %8.1f ms%n", median(jdk));
            System.out.printf("  FoldOrder.sweep (scale) %8.1f ms%n", median(sweep));
            System.out.printf("  IdSort (%,d + %,d ids)    %8.1f ms (adding the heads included)%n", idLists.get(0).length,
                    idLists.get(1).length, median(idSort));
            System.out.printf("  Arrays.sort by compare  %8.1f ms%n", median(jdkIds));
            System.out.printf("  whole fold (scale)      %8.1f ms%n", median(fold));
        }
    }

    /** The registration ids and the distinct client keys, in the order met. */
    private static List<String[]> ids(List<EventEnvelope> history) {
        List<String> regs = new java.util.ArrayList<>();
        java.util.Set<String> clients = new java.util.LinkedHashSet<>();
        for (EventEnvelope e : history) {
            if (e.data() instanceof com.baobei.contracts.registration.Registered r) {
                regs.add(r.registrationId());
            }
            if (e.clientKey() != null) {
                clients.add(e.clientKey());
            }
        }
        return List.of(regs.toArray(String[]::new), clients.toArray(String[]::new));
    }

    /** The positions in order of id, then position: a stable sort of boxed positions by the full comparison. */
    private static int[] byComparator(String[] ids) {
        int[] seqs = new int[ids.length];
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            seqs[i] = i;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> IdSort.compare(ids, seqs, a, b));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** (second since the first event) << 25 | kind << 22 | position, as FoldOrder packs whole-second times. */
    private static long[] keys(List<EventEnvelope> history) {
        long min = history.stream().mapToLong(e -> e.occurredAt().getEpochSecond()).min().orElse(0);
        long[] keys = new long[history.size()];
        for (int i = 0; i < keys.length; i++) {
            EventEnvelope e = history.get(i);
            keys[i] = (e.occurredAt().getEpochSecond() - min) << 25 | (long) Math.max(0, FoldOrder.kind(e.data())) << 22 | i;
        }
        return keys;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
