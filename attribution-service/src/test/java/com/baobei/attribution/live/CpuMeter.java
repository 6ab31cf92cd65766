package com.baobei.attribution.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds used so far by this JVM (the service and, in the benchmark, the embedded broker) and
 * by every PostgreSQL process (backends that ended are counted in their parent's children's time).
 * On a machine shared with other work, throughput measures the run queue as much as the code; the
 * CPU spent per event does not.
 */
record CpuMeter(double jvmSeconds, double postgresSeconds) {

    private static final double TICKS = 100.0;

    static CpuMeter now() {
        double jvm = ticks(ProcessHandle.current().pid(), false) / TICKS;
        double postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .mapToLong(p -> ticks(p.pid(), true)).sum() / TICKS;
        return new CpuMeter(jvm, postgres);
    }

    CpuMeter since(CpuMeter start) {
        return new CpuMeter(jvmSeconds - start.jvmSeconds, postgresSeconds - start.postgresSeconds);
    }

    String perEvent(int events) {
        return String.format("%.0f µs JVM + %.0f µs PostgreSQL = %.0f µs CPU per event", 1e6 * jvmSeconds / events,
                1e6 * postgresSeconds / events, 1e6 * (jvmSeconds + postgresSeconds) / events);
    }

    /** CPU ticks per thread of this JVM, by thread name (digits folded), from /proc/self/task. */
    static java.util.Map<String, Long> threads() {
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "N");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    byName.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            return byName;
        }
        return byName;
    }

    /** The threads that used the most CPU between two {@link #threads()} snapshots. */
    static String busiest(java.util.Map<String, Long> before, java.util.Map<String, Long> after, int events) {
        StringBuilder text = new StringBuilder();
        after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> text.append(String.format("    %-16s %6.0f µs per event%n", e.getKey(),
                        1e6 * e.getValue() / TICKS / events)));
        return text.toString();
    }

    /** utime + stime (+ cutime + cstime) from /proc/<pid>/stat, in clock ticks; 0 when the process is gone. */
    private static long ticks(long pid, boolean withChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
