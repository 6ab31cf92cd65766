package com.baobei.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server from zonky's binaries whose data directory is kept across restarts. Unlike the test servers,
 * it runs with fsync and synchronous commit on: this data is meant to last.
 *
 * <p>zonky unpacks the binaries and runs initdb; its {@code pg_ctl start} puts the server in a session of its own,
 * where Ctrl-C and the launcher's death never reach it and nothing notices when it dies. So zonky's server is
 * stopped again at once and the launcher runs {@code postgres} itself, as its own child (ADR 0017): in the
 * launcher's process group, watched, and restarted like every other process.
 */
final class Postgres implements AutoCloseable {

    static final String USERNAME = "postgres";
    // The server trusts local connections; services are still given a password, as they would be elsewhere.
    static final String PASSWORD = "postgres";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path binaries;
    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private final Path workingDirectory;
    private final Pids pids;
    private volatile ChildProcess process;

    private Postgres(Path binaries, Path dataDirectory, Path log, int port, Path workingDirectory, Pids pids) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.port = port;
        this.workingDirectory = workingDirectory;
        this.pids = pids;
    }

    static Postgres start(Path dataDirectory, Path log, int port, Path workingDirectory, Pids pids,
                          Duration timeout) {
        Path binaries;
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(log.getParent());
            stopLeftover(dataDirectory);
            removeStalePidFile(dataDirectory);
            binaries = unpackAndInitialise(dataDirectory, log, port);
        } catch (IOException | RuntimeException e) {
            throw new PlatformException("PostgreSQL did not start on port " + port + " (see " + log + "): "
                    + e.getMessage(), e);
        }
        Postgres server = new Postgres(binaries, dataDirectory, log, port, workingDirectory, pids);
        server.startProcess(timeout);
        return server;
    }

    /** zonky's start: binaries unpacked, initdb run on an empty directory; then its server is stopped again. */
    private static Path unpackAndInitialise(Path dataDirectory, Path log, int port) throws IOException {
        Path postgres;
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start()) {
            ProcessHandle postmaster = postmaster(dataDirectory)
                    .orElseThrow(() -> new PlatformException("PostgreSQL started without a postmaster.pid"));
            postgres = Path.of(postmaster.info().command()
                    .orElseThrow(() -> new PlatformException("Cannot see the postgres binary's path")));
            server.close();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while starting PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PlatformException("zonky's PostgreSQL did not stop", e);
        }
        return postgres.getParent();
    }

    /** Starts {@code postgres} as the launcher's child and waits until it accepts connections. */
    private void startProcess(Duration timeout) {
        removeStalePidFile(dataDirectory);
        List<String> command = binary("postgres",
                "-D", dataDirectory.toString(),
                "-p", Integer.toString(port),
                "-c", "listen_addresses=localhost",
                "-c", "fsync=on",
                "-c", "synchronous_commit=on",
                "-c", "max_connections=300",
                "-c", "timezone=UTC");
        ChildProcess started = ChildProcess.start("postgres", command, Map.of(), workingDirectory, log,
                STOP_GRACE, pids);
        process = started;
        try {
            awaitAccepting(started, timeout);
        } catch (RuntimeException e) {
            started.close(Duration.ofSeconds(5));
            throw e;
        }
    }

    /**
     * The command line for one of the binaries. PostgreSQL refuses to run as root; as zonky does, a launcher running
     * as root (in a container, often) runs it in a user namespace of its own ({@code unshare -U}), where it is not.
     * {@code unshare} execs the binary, so the pid is the server's.
     */
    private List<String> binary(String name, String... arguments) {
        List<String> command = new java.util.ArrayList<>();
        if ("root".equals(System.getProperty("user.name")) && LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binaries.resolve(name).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** After a crash: a new postmaster on the same data directory, which replays its WAL before it accepts. */
    void restart(Duration timeout) {
        startProcess(timeout);
    }

    private void awaitAccepting(ChildProcess started, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        DriverManager.setLoginTimeout(5);
        while (true) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD)) {
                connection.createStatement().execute("select 1");
                return;
            } catch (SQLException notYet) {
                // starting, or replaying its WAL after a crash
            }
            if (!started.isAlive()) {
                throw new PlatformException("PostgreSQL stopped while starting (see " + log + "):\n"
                        + started.tail(15));
            }
            if (System.nanoTime() > deadline) {
                throw new PlatformException("PostgreSQL did not accept connections within " + timeout.toSeconds()
                        + " s (see " + log + "):\n" + started.tail(15));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("Interrupted while waiting for PostgreSQL", e);
            }
        }
    }

    /**
     * A server still running on this data directory (its launcher was killed while starting it) would make the
     * start fail; stop it first. SIGTERM is PostgreSQL's smart shutdown: committed data is safe.
     */
    private static void stopLeftover(Path dataDirectory) {
        postmaster(dataDirectory)
                .filter(ProcessHandle::isAlive)
                .filter(Postgres::isPostgres)
                .ifPresent(process -> {
                    process.destroy();
                    awaitExit(process);
                });
    }

    /**
     * A postmaster killed with SIGKILL leaves its postmaster.pid behind. PostgreSQL ignores one whose pid is dead,
     * but refuses to start when that pid has since been given to another process (a JVM of ours, often): the file
     * is removed when its pid is not a running postgres.
     */
    static void removeStalePidFile(Path dataDirectory) {
        Path file = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(file)) {
            return;
        }
        boolean running = postmaster(dataDirectory).filter(ProcessHandle::isAlive).filter(Postgres::isPostgres)
                .isPresent();
        if (!running) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new PlatformException("Could not remove the stale " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    void createDatabases(List<String> names) {
        Databases.ensure(jdbcUrl("postgres"), USERNAME, PASSWORD, names);
    }

    String version() {
        return Databases.serverVersion(jdbcUrl("postgres"), USERNAME, PASSWORD);
    }

    /** The running server process, the launcher's child. */
    ChildProcess process() {
        return process;
    }

    /** The postmaster's pid, from the file PostgreSQL keeps in its data directory. */
    Optional<ProcessHandle> postmaster() {
        return postmaster(dataDirectory);
    }

    private static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            String first = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0);
            return ProcessHandle.of(Long.parseLong(first.trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Fast shutdown ({@code pg_ctl stop -m fast}): open transactions roll back, committed data is on disk, and
     * connections left open by a client do not hold the stop up as SIGTERM's smart shutdown would.
     */
    @Override
    public void close() {
        ChildProcess current = process;
        if (current == null) {
            return;
        }
        current.markStopping();
        if (current.isAlive()) {
            try {
                Process stop = new ProcessBuilder(binary("pg_ctl", "stop", "-m", "fast", "-w",
                        "-t", Long.toString(STOP_GRACE.toSeconds()), "-D", dataDirectory.toString()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
                stop.waitFor(STOP_GRACE.toSeconds() + 5, TimeUnit.SECONDS);
            } catch (IOException e) {
                // the SIGTERM below still stops it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        current.close();
    }
}
