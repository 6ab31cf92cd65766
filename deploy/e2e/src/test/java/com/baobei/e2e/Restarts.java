package com.baobei.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * SIGKILL for a service the platform started, and a start again exactly as before: the same command line and the
 * same environment (read from {@code /proc}), its output appended to the same log. What a crash and a supervisor's
 * restart look like to the service.
 */
final class Restarts implements AutoCloseable {

    private final Path workingDirectory;
    private final List<Process> started = new java.util.concurrent.CopyOnWriteArrayList<>();

    Restarts(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
        // the platform stops what it started; these it does not know, so a test JVM that is killed stops them too
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(Process::destroyForcibly),
                "e2e-restarted-services"));
    }

    /**
     * The process (a child of this JVM) running {@code <name>-service.jar}, the newest if there are several: the
     * {@link SharedPlatform} may run beside the calling test's platform, which was started after it. (Not the lowest
     * pid: pids wrap, at 32768 here.)
     */
    static ProcessHandle find(String name) {
        String jar = name + "-service.jar";
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains(jar)).orElse(false))
                .filter(ProcessHandle::isAlive)
                .max(Comparator.comparing(p -> p.info().startInstant().orElse(Instant.MIN)))
                .orElseThrow(() -> new IllegalStateException("no running process of " + jar));
    }

    /** A killed service as it was launched: its command line and environment. */
    record Launch(String name, List<String> command, Map<String, String> environment) {
    }

    static Launch kill(String name) throws Exception {
        ProcessHandle process = find(name);
        Launch launch = new Launch(name, split(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                environment(Path.of("/proc", Long.toString(process.pid()), "environ")));
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop, offsets and outbox as they are
        process.onExit().get(30, TimeUnit.SECONDS);
        return launch;
    }

    Process start(Launch launch, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(launch.environment());
        Process process = builder.start();
        started.add(process);
        return process;
    }

    static void awaitReady(URI service, Process process, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        service.resolve("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + " not ready after " + timeout.toSeconds() + " s");
    }

    private static List<String> split(Path nulSeparated) throws IOException {
        String text = Files.readString(nulSeparated, StandardCharsets.UTF_8);
        List<String> parts = new ArrayList<>();
        for (String part : text.split("\0")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static Map<String, String> environment(Path environ) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : split(environ)) {
            int at = entry.indexOf('=');
            if (at > 0) {
                env.put(entry.substring(0, at), entry.substring(at + 1));
            }
        }
        return env;
    }

    /** Stops what this started, politely first, like the platform stops its own. */
    @Override
    public void close() {
        for (Process process : started) {
            process.destroy();
        }
        for (Process process : started) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
