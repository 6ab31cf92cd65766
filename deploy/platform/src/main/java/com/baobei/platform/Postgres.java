package com.baobei.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server from zonky's binaries (a real {@code postgres} process) whose data directory is kept across
 * restarts. Unlike the test servers, it runs with fsync and synchronous commit on: this data is meant to last.
 */
final class Postgres implements AutoCloseable {

    static final String USERNAME = "postgres";
    // The server trusts local connections; services are still given a password, as they would be elsewhere.
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private Postgres(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    static Postgres start(Path dataDirectory, Path log, int port) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(log.getParent());
            stopLeftover(dataDirectory);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new Postgres(server, dataDirectory);
        } catch (IOException | RuntimeException e) {
            throw new PlatformException("PostgreSQL did not start on port " + port + " (see " + log + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * A server still running on this data directory (its launcher was killed while starting it) would make the
     * start fail; stop it first. SIGTERM is PostgreSQL's smart shutdown: committed data is safe.
     */
    private static void stopLeftover(Path dataDirectory) {
        new Postgres(null, dataDirectory).postmaster()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(process -> {
                    process.destroy();
                    awaitExit(process);
                });
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
        return server.getPort();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    void createDatabases(List<String> names) {
        Databases.ensure(jdbcUrl("postgres"), USERNAME, PASSWORD, names);
    }

    String version() {
        return Databases.serverVersion(jdbcUrl("postgres"), USERNAME, PASSWORD);
    }

    /** The postmaster's pid, from the file PostgreSQL keeps in its data directory. */
    Optional<ProcessHandle> postmaster() {
        try {
            String first = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0);
            return ProcessHandle.of(Long.parseLong(first.trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** pg_ctl stop, fast mode: open transactions roll back, committed data is on disk. */
    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = postmaster();
        try {
            server.close();
        } catch (IOException e) {
            // zonky logs the failure itself; the wait below still applies
        }
        // pg_ctl returns once the pid file is gone, a moment before the process itself has exited.
        postmaster.ifPresent(Postgres::awaitExit);
    }
}
