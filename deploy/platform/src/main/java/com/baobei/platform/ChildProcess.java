package com.baobei.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A process the platform started, with its output in a log file; stopped politely first, then by force. */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final Duration grace;
    private volatile boolean stopping;

    private ChildProcess(String name, Process process, Path log, Duration grace) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.grace = grace;
    }

    /** Starts {@code command}; the previous log, if any, is kept as {@code <name>.previous.log}. */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
                              Path log, Duration grace, Pids pids) {
        try {
            Files.createDirectories(log.getParent());
            if (Files.exists(log)) {
                String file = log.getFileName().toString();
                Files.move(log, log.resolveSibling(file.replaceFirst("\\.log$", "") + ".previous.log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            pids.add(process.toHandle(), name);
            return new ChildProcess(name, process, log, grace);
        } catch (IOException e) {
            throw new PlatformException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** The JVM running this launcher, for children that are Java programs too. */
    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    boolean isStopping() {
        return stopping;
    }

    /** A stop of ours is under way: its exit is no crash. */
    void markStopping() {
        stopping = true;
    }

    Process process() {
        return process;
    }

    /** The last lines of the log, to show why a process did not come up. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** SIGTERM, wait up to the grace period, then SIGKILL for the process and anything it started (grace 0: SIGKILL). */
    @Override
    public void close() {
        close(grace);
    }

    void close(Duration grace) {
        stopping = true;
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        if (grace.isZero()) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
