package com.baobei.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * One Kafka broker in KRaft combined mode (broker and controller in one), in a JVM of its own, with its log
 * directory kept across restarts. The storage is formatted once, on first start.
 */
final class KafkaBroker implements AutoCloseable {

    private final ChildProcess process;
    private final int port;

    private KafkaBroker(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static KafkaBroker start(Path directory, Path log, int port, int controllerPort, String classpath,
                             List<String> jvmOptions, Path workingDirectory, Pids pids) {
        Path dataDirectory = directory.resolve("data");
        Path properties = directory.resolve("server.properties");
        try {
            Files.createDirectories(dataDirectory);
            Files.writeString(properties, serverProperties(dataDirectory, port, controllerPort), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(dataDirectory.resolve("meta.properties"))) {
            format(properties, log.resolveSibling("kafka-format.log"), classpath, jvmOptions, workingDirectory);
        }
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaCommand());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, "kafka.Kafka", properties.toString()));
        ChildProcess process = ChildProcess.start("kafka", command, Map.of(), workingDirectory, log,
                Duration.ofSeconds(30), pids);
        return new KafkaBroker(process, port);
    }

    static String serverProperties(Path dataDirectory, int port, int controllerPort) {
        return String.join("\n",
                "# Written by the launcher at every start; the cluster's data is in log.dirs.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dataDirectory,
                "num.partitions=1",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                // a single broker: every internal topic must make do with one replica
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=4",
                "");
    }

    private static void format(Path properties, Path log, String classpath, List<String> jvmOptions,
                               Path workingDirectory) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaCommand());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", properties.toString()));
        try {
            Files.createDirectories(log.getParent());
            Process format = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new PlatformException("Formatting Kafka's storage failed; see " + log);
            }
        } catch (IOException e) {
            throw new PlatformException("Could not run Kafka's storage tool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while formatting Kafka's storage", e);
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    ChildProcess process() {
        return process;
    }

    /** Waits until the broker has registered with its controller and accepts topic creation. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        awaitListening(deadline, timeout);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000))) {
            while (true) {
                if (!process.isAlive()) {
                    throw new PlatformException("Kafka stopped while starting (see " + process.log() + "):\n"
                            + process.tail(20));
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // the broker is still coming up
                }
                if (System.nanoTime() > deadline) {
                    throw new PlatformException("Kafka was not ready within " + timeout.toSeconds() + " s (see "
                            + process.log() + "):\n" + process.tail(20));
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while waiting for Kafka", e);
        }
    }

    /** The admin client complains loudly about refused connections: wait for the port to be open first. */
    private void awaitListening(long deadline, Duration timeout) {
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
                return;
            } catch (IOException notYet) {
                // still starting
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new PlatformException("Kafka did not open port " + port + (process.isAlive()
                        ? " within " + timeout.toSeconds() + " s" : "; it stopped") + " (see " + process.log() + "):\n"
                        + process.tail(20));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("Interrupted while waiting for Kafka", e);
            }
        }
    }

    /** SIGTERM lets the broker shut down cleanly (no log recovery at the next start). */
    @Override
    public void close() {
        process.close();
    }
}
