package com.baobei.platform.testing;

import com.baobei.platform.Databases;
import com.baobei.platform.KafkaTopics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * One real Kafka broker and one real PostgreSQL server per test JVM: Testcontainers when a Docker engine answers,
 * otherwise an embedded KRaft broker and zonky's PostgreSQL. Started lazily once, stopped at JVM exit.
 *
 * <p>{@code BAOBEI_INFRASTRUCTURE} (environment) or {@code baobei.infrastructure} (system property) set to
 * {@code embedded} or {@code containers} skips the Docker probe.
 */
public final class RealInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(RealInfrastructure.class);
    private static RealInfrastructure shared;

    private final Backend backend;
    private final Set<String> databases = Collections.synchronizedSet(new HashSet<>());
    private final List<AutoCloseable> closeFirst = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean topicsCreated;

    private RealInfrastructure(Backend backend) {
        this.backend = backend;
    }

    /** The JVM's one instance, started on first use. */
    public static synchronized RealInfrastructure shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static RealInfrastructure start() {
        long started = System.nanoTime();
        Backend backend = useContainers() ? ContainerBackend.start() : EmbeddedBackend.start();
        RealInfrastructure infrastructure = new RealInfrastructure(backend);
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "real-infrastructure-stop"));
        log.info("Real infrastructure ready in {} ms: {}", (System.nanoTime() - started) / 1_000_000, backend.kind());
        log.info("Real Kafka broker at {} ({})", backend.kafkaBootstrapServers(), infrastructure.describeKafka());
        log.info("Real PostgreSQL at {}: {}", backend.jdbcUrl(""), Databases.serverVersion(
                backend.jdbcUrl("postgres"), backend.username(), backend.password()));
        return infrastructure;
    }

    private static boolean useContainers() {
        String choice = System.getProperty("baobei.infrastructure", System.getenv("BAOBEI_INFRASTRUCTURE"));
        if (choice != null && !choice.isBlank() && !choice.equalsIgnoreCase("auto")) {
            return switch (choice.toLowerCase(Locale.ROOT)) {
                case "containers" -> true;
                case "embedded" -> false;
                default -> throw new IllegalArgumentException(
                        "baobei.infrastructure must be auto, embedded or containers, not " + choice);
            };
        }
        if (!DockerHints.anyPresent()) {
            log.info("No Docker engine: using the embedded Kafka broker and PostgreSQL");
            return false;
        }
        // Asked before Testcontainers is touched: its first call pulls its Ryuk image, and an engine that cannot reach
        // a registry (an on-premises network, mainland China without a mirror) retries that for minutes.
        Optional<DockerEngine> engine = DockerEngine.askable();
        if (engine.isPresent() && !engine.get().answers() || engine.isEmpty() && !dockerAnswers()) {
            log.info("No Docker engine answers: using the embedded Kafka broker and PostgreSQL");
            return false;
        }
        List<String> missing = new ArrayList<>();
        for (String image : neededImages()) {
            if (!(engine.isPresent() ? engine.get().hasImage(image) : imagePresent(image))) {
                missing.add(image);
            }
        }
        if (!missing.isEmpty()) {
            log.info("Docker engine found, but not the images {} (none is pulled here: a registry may be out of "
                    + "reach); using the embedded Kafka broker and PostgreSQL. Load or build the images, or name "
                    + "others with BAOBEI_KAFKA_IMAGE / BAOBEI_POSTGRES_IMAGE, to use containers", missing);
            return false;
        }
        log.info("Docker engine found with {}: using Testcontainers", neededImages());
        return true;
    }

    /** The image Testcontainers 1.21's RyukContainer starts (RealInfrastructureImagesTest keeps it in step). */
    static final String RYUK_IMAGE = "testcontainers/ryuk:0.12.0";

    /** A helper image Testcontainers 1.21 pulls when it starts containers. */
    static final String TINY_IMAGE = "alpine:3.17";

    /** Kafka's and PostgreSQL's images, Testcontainers' helper, and its Ryuk unless it is turned off. */
    static List<String> neededImages() {
        List<String> images = new ArrayList<>(List.of(ContainerBackend.KAFKA_IMAGE.asCanonicalNameString(),
                ContainerBackend.POSTGRES_IMAGE.asCanonicalNameString()));
        if (!"true".equalsIgnoreCase(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
            images.add(RYUK_IMAGE);
        }
        // pulled as soon as containers start, even with TESTCONTAINERS_CHECKS_DISABLE=true (seen against an engine
        // with no registry in reach, ADR 0025)
        images.add(TINY_IMAGE);
        return images;
    }

    private static boolean imagePresent(String image) {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image).exec();
            return true;
        } catch (RuntimeException notThere) {
            return false;
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public String kafkaBootstrapServers() {
        return backend.kafkaBootstrapServers();
    }

    /** JDBC URL of {@code database}, created first if it does not exist yet. */
    public String jdbcUrl(String database) {
        if (!databases.contains(database)) {
            synchronized (databases) {
                if (!databases.contains(database)) {
                    Databases.ensure(backend.jdbcUrl("postgres"), username(), password(), List.of(database));
                    databases.add(database);
                }
            }
        }
        return backend.jdbcUrl(database);
    }

    public String username() {
        return backend.username();
    }

    public String password() {
        return backend.password();
    }

    /**
     * Every topic of {@code Topics.shared()} and its {@code .dlt}, with their partition counts; idempotent. A
     * tenant's own topics are created by their writers, as in production (ADR 0013). This broker takes PLAINTEXT
     * clients and has no ACLs: the services' tests are about the services, the platform's about access.
     */
    public void createTopics() {
        if (topicsCreated) {
            return;
        }
        synchronized (this) {
            if (!topicsCreated) {
                KafkaTopics.createAll(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()),
                        (short) 1, List.of());
                topicsCreated = true;
            }
        }
    }

    /**
     * The topics of {@code tenants} ({@code Topics.ofTenant}) and their {@code .dlt}, as their writers create them;
     * for tests that stand in for a writer, e.g. publish purchase attributions to the commission service.
     */
    public void createTenantTopics(String... tenants) {
        KafkaTopics.createAll(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()), (short) 1,
                List.of(tenants));
    }

    /**
     * Closed at JVM exit before the broker and the database stop, so that clients (Spring contexts, say) do not
     * spend their shutdown waiting for a broker that is gone.
     */
    void closeBeforeStopping(AutoCloseable client) {
        closeFirst.add(client);
    }

    /** A client closed earlier is not kept until exit (test suites that dirty contexts make many). */
    void forget(AutoCloseable client) {
        closeFirst.remove(client);
    }

    private String describeKafka() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
            DescribeClusterResult cluster = admin.describeCluster();
            return "cluster " + cluster.clusterId().get(30, TimeUnit.SECONDS)
                    + ", nodes " + cluster.nodes().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The Kafka broker does not answer", e);
        }
    }

    private void stop() {
        List<AutoCloseable> clients;
        synchronized (closeFirst) {
            clients = new ArrayList<>(closeFirst);
        }
        Collections.reverse(clients);
        for (AutoCloseable client : clients) {
            try {
                client.close();
            } catch (Exception e) {
                // exiting: a client that fails to close must not keep the servers running
            }
        }
        backend.stop();
    }
}
