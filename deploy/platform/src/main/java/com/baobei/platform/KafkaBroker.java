package com.baobei.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
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
 *
 * <p>Clients authenticate with SCRAM-SHA-512 and the broker authorises with ACLs, denying what no ACL allows
 * (ADR 0013). The controller listener, on 127.0.0.1 and used only by the broker itself, takes SASL PLAIN with the
 * admin's password from the properties file: SCRAM cannot serve it (its credentials live in the metadata the
 * controller serves), and a PLAINTEXT controller would need the anonymous user to be a super user.
 */
final class KafkaBroker implements AutoCloseable {

    private final ChildProcess process;
    private final int port;
    private final KafkaCredentials credentials;

    private KafkaBroker(ChildProcess process, int port, KafkaCredentials credentials) {
        this.process = process;
        this.port = port;
        this.credentials = credentials;
    }

    static KafkaBroker start(Path directory, Path log, int port, int controllerPort, String classpath,
                             List<String> jvmOptions, Path workingDirectory, Pids pids) {
        Path dataDirectory = directory.resolve("data");
        Path properties = directory.resolve("server.properties");
        KafkaCredentials credentials = KafkaCredentials.load(directory.resolve("credentials.properties"));
        boolean formatted = Files.exists(dataDirectory.resolve("meta.properties"));
        if (formatted && !credentials.fileExists()) {
            throw new PlatformException("Kafka's data in " + directory + " was made before the broker authenticated "
                    + "its clients, so it has no users. Start empty with ./run.sh --fresh (ADR 0013).");
        }
        String adminPassword = credentials.password(KafkaCredentials.ADMIN);
        try {
            Files.createDirectories(dataDirectory);
            // it holds the admin's password
            KafkaCredentials.writeOwnerOnly(properties,
                    writer -> writer.write(serverProperties(dataDirectory, port, controllerPort, adminPassword)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!formatted) {
            format(properties, log.resolveSibling("kafka-format.log"), classpath, jvmOptions, workingDirectory,
                    adminPassword);
        }
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaCommand());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, "kafka.Kafka", properties.toString()));
        ChildProcess process = ChildProcess.start("kafka", command, Map.of(), workingDirectory, log,
                Duration.ofSeconds(30), pids);
        return new KafkaBroker(process, port, credentials);
    }

    static String serverProperties(Path dataDirectory, int port, int controllerPort, String adminPassword) {
        String admin = KafkaCredentials.ADMIN;
        return String.join("\n",
                "# Written by the launcher at every start; the cluster's data is in log.dirs.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=CLIENT://127.0.0.1:" + port,
                "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=CLIENT",
                "listener.name.client.sasl.enabled.mechanisms=" + KafkaCredentials.SCRAM_MECHANISM,
                "sasl.mechanism.inter.broker.protocol=" + KafkaCredentials.SCRAM_MECHANISM,
                "listener.name.client.scram-sha-512.sasl.jaas.config=" + KafkaCredentials.jaasConfig(
                        "org.apache.kafka.common.security.scram.ScramLoginModule", admin, adminPassword),
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule"
                        + " required username=\"" + admin + "\" password=\"" + adminPassword + "\" user_" + admin
                        + "=\"" + adminPassword + "\";",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:" + admin,
                "auto.create.topics.enable=false",
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

    /** Formats the storage with the admin's SCRAM credentials in it: the broker's first client logs in with them. */
    private static void format(Path properties, Path log, String classpath, List<String> jvmOptions,
                               Path workingDirectory, String adminPassword) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaCommand());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", properties.toString(),
                "--add-scram", KafkaCredentials.SCRAM_MECHANISM + "=[name=" + KafkaCredentials.ADMIN + ",password="
                        + adminPassword + "]"));
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

    KafkaCredentials credentials() {
        return credentials;
    }

    /** Everything a client needs to reach this broker as {@code user}. */
    Map<String, Object> clientProperties(String user) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.putAll(credentials.clientProperties(user));
        return properties;
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
        Map<String, Object> config = clientProperties(KafkaCredentials.ADMIN);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        try (Admin admin = Admin.create(config)) {
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
