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

    /** Stops every recorded process that still runs; returns how many there were. */
    int stopLeftovers() {
        if (!Files.exists(file)) {
            return 0;
        }
        int stopped = 0;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 3);
                if (parts.length < 3) {
                    continue;
                }
                Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[0]));
                if (process.isPresent() && process.get().isAlive() && sameStart(process.get(), parts[1])) {
                    log.warn("Stopping {} (pid {}) left behind by an earlier run", parts[2], parts[0]);
                    stop(process.get());
                    stopped++;
                }
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stopped;
    }

    private static boolean sameStart(ProcessHandle process, String recorded) {
        return process.info().startInstant().map(Instant::toString).map(recorded::equals).orElse(false);
    }

    private static void stop(ProcessHandle process) {
        List<ProcessHandle> family = process.descendants().toList();
        process.destroy();
        try {
            process.onExit().get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
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
