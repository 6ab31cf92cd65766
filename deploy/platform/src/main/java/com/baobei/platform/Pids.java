package com.baobei.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processes a launcher started, written down so that the next launcher can stop those left behind by one that
 * was killed outright (kill -9 leaves no chance to stop children). A process is identified by pid and start time,
 * so a recycled pid is never taken for ours.
 */
final class Pids {

    private static final Logger log = LoggerFactory.getLogger(Pids.class);
    private final Path file;
    private final Map<Long, String> entries = new LinkedHashMap<>();

    Pids(Path file) {
        this.file = file;
    }

    synchronized void add(ProcessHandle process, String what) {
        Optional<Instant> started = process.info().startInstant();
        entries.put(process.pid(), started.map(Instant::toString).orElse("-") + "\t" + what);
        write();
    }

    synchronized void clear() {
        entries.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops every recorded process that still runs, in the order a clean stop uses: the services (together), then
     * Kafka, then PostgreSQL, whose smart shutdown waits for its clients. Returns how many there were.
     */
    int stopLeftovers() {
        if (!Files.exists(file)) {
            return 0;
        }
        Map<ProcessHandle, String> alive = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 3);
                if (parts.length < 3) {
                    continue;
                }
                ProcessHandle.of(Long.parseLong(parts[0]))
                        .filter(ProcessHandle::isAlive)
                        .filter(process -> sameStart(process, parts[1]))
                        .ifPresent(process -> alive.put(process, parts[2]));
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        alive.forEach((process, what) ->
                log.warn("Stopping {} (pid {}) left behind by an earlier run", what, process.pid()));
        stop(alive.entrySet().stream()
                .filter(e -> !e.getValue().equals("kafka") && !e.getValue().equals("postgres"))
                .map(Map.Entry::getKey).toList());
        stop(alive.entrySet().stream().filter(e -> e.getValue().equals("kafka")).map(Map.Entry::getKey).toList());
        stop(alive.entrySet().stream().filter(e -> e.getValue().equals("postgres")).map(Map.Entry::getKey).toList());
        return alive.size();
    }

    private static boolean sameStart(ProcessHandle process, String recorded) {
        return process.info().startInstant().map(Instant::toString).map(recorded::equals).orElse(false);
    }

    /** SIGTERM to all at once, then up to 30 s for them to exit, then SIGKILL. */
    private static void stop(List<ProcessHandle> processes) {
        List<ProcessHandle> family = new java.util.ArrayList<>(processes);
        processes.forEach(process -> family.addAll(process.descendants().toList()));
        processes.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
            }
        }
        family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void write() {
        StringBuilder text = new StringBuilder();
        entries.forEach((pid, rest) -> text.append(pid).append('\t').append(rest).append('\n'));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
