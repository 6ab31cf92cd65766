package com.baobei.e2e.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds the machine's processes used between two moments, by what they are (each service's JVM, the Kafka
 * broker, PostgreSQL's processes, the identity provider, this benchmark, everything else), read from {@code /proc}:
 * where the cores went while the load ran. Linux only; elsewhere it prints nothing.
 */
final class CpuAccount {

    private static final double TICKS = 100.0; // USER_HZ, 100 on every Linux this runs on
    private final Map<Integer, Long> before = ticks();
    private final Map<String, Long> threadsBefore = threadTicks();
    private final long startNanos = System.nanoTime();

    /** Prints each kind's CPU seconds since this was made, and their share of the machine's cores over that time. */
    void print() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> used = new TreeMap<>();
        ticks().forEach((pid, now) -> {
            long then = before.getOrDefault(pid, 0L);
            if (now > then) {
                used.merge(kind(pid), (now - then) / TICKS, Double::sum);
            }
        });
        Map<String, Long> threadsNow = threadTicks();
        int cores = Runtime.getRuntime().availableProcessors();
        double total = used.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("  CPU during the live load (%.0f s, %d cores = %.0f core-seconds): %.0f used%n", seconds, cores,
                seconds * cores, total);
        used.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> System.out.printf("    %-14s %7.1f s  (%4.1f %% of the cores)%s%n", e.getKey(), e.getValue(),
                        100 * e.getValue() / (seconds * cores), threadsOf(e.getKey(), threadsNow)));
    }

    /**
     * The attribution service's CPU per live registration (issue 16: "CPU per new event flat across sizes"): all its
     * threads; without the JIT compilers and the request threads (the benchmark's own verdict reads); its Kafka
     * consumer thread alone (store, fold, reconcile, write).
     */
    void printPerEvent(String kind, long events) {
        if (events <= 0) {
            return;
        }
        double all = 0;
        double work = 0;
        double consumer = 0;
        for (Map.Entry<String, Double> thread : byThreadName(kind, threadTicks()).entrySet()) {
            String name = thread.getKey();
            all += thread.getValue();
            if (!name.contains("CompilerThre") && !name.startsWith("http-nio")) {
                work += thread.getValue();
            }
            if (name.startsWith(kind + "-eve")) {
                consumer += thread.getValue();
            }
        }
        System.out.printf("  %s CPU per live registration: %.2f ms all threads, %.2f ms without the JIT and the "
                + "request threads, %.2f ms its consumer thread (%,d registrations)%n", kind, 1000 * all / events,
                1000 * work / events, 1000 * consumer / events, events);
    }

    /** A JVM's busiest kinds of threads (by name without numbers: request threads, the JIT, the collector …). */
    private String threadsOf(String kind, Map<String, Long> threadsNow) {
        Map<String, Double> used = byThreadName(kind, threadsNow);
        StringBuilder text = new StringBuilder();
        used.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                .filter(e -> e.getValue() >= 0.5)
                .forEach(e -> text.append(text.isEmpty() ? ": " : ", ").append(e.getKey()).append(' ')
                        .append(String.format("%.1f", e.getValue())));
        return text.toString();
    }

    /** One JVM's CPU seconds since this was made, by thread name without numbers. */
    private Map<String, Double> byThreadName(String kind, Map<String, Long> threadsNow) {
        Map<String, Double> used = new TreeMap<>();
        threadsNow.forEach((key, now) -> {
            if (key.startsWith(kind + "/")) {
                long then = threadsBefore.getOrDefault(key, 0L);
                String name = key.substring(kind.length() + 1, key.lastIndexOf('/'));
                used.merge(name, (now - then) / TICKS, Double::sum);
            }
        });
        return used;
    }

    /** "kind/thread name without digits/tid" → CPU ticks, for the services' JVMs and the broker. */
    private static Map<String, Long> threadTicks() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ticks().keySet().forEach(pid -> {
            String kind = kind(pid);
            if (kind.equals("other") || kind.equals("postgresql") || kind.equals("identity")) {
                return;
            }
            try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
                tasks.forEach(task -> {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks.put(kind + "/" + name + "/" + task.getFileName(),
                                Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended meanwhile
                    }
                });
            } catch (IOException gone) {
                // the process ended meanwhile
            }
        });
        return ticks;
    }

    private static Map<Integer, Long> ticks() {
        Map<Integer, Long> ticks = new LinkedHashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    // after the command's closing parenthesis: state is field 3, utime 14 and stime 15
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(Integer.parseInt(p.getFileName().toString()),
                            Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            });
        } catch (IOException notLinux) {
            return Map.of();
        }
        return ticks;
    }

    private static String kind(int pid) {
        if (pid == ProcessHandle.current().pid()) {
            return "benchmark";
        }
        String command;
        try {
            command = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException gone) {
            return "other";
        }
        for (String service : new String[] {"registration", "visit", "attribution", "commission"}) {
            if (command.contains(service + "-service.jar")) {
                return service;
            }
        }
        if (command.contains("kafka.Kafka")) {
            return "kafka";
        }
        if (command.contains("identity.jar")) {
            return "identity";
        }
        if (command.contains("postgres")) {
            return "postgresql";
        }
        return "other";
    }
}
