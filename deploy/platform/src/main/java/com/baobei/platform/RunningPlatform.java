package com.baobei.platform;

import com.baobei.contracts.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The started platform: PostgreSQL, the Kafka broker, the identity provider and the services. {@link #close()} stops
 * all of it, services first, and may be called from a shutdown hook while {@link #start()} is still running.
 */
public final class RunningPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Platform.class);
    /** A restarted process that stays healthy this long is restarted after the shortest wait again next time. */
    private static final Duration HEALTHY_PERIOD = Duration.ofMinutes(1);

    private final PlatformConfig config;
    private final Pids pids;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile Postgres postgres;
    private volatile KafkaBroker kafka;
    private volatile IdentityProvider identity;
    private volatile Duration startupTime;
    private volatile int kafkaPort;
    private volatile int kafkaControllerPort;
    private volatile int identityPort;
    private final Map<String, Backoff> backoffs = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Restart> restarts = new CopyOnWriteArrayList<>();
    // restarts wait out their back-off and then for readiness: a thread each, never the caller's
    private final ExecutorService restarter = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "baobei-restart");
        thread.setDaemon(true);
        return thread;
    });

    RunningPlatform(PlatformConfig config) {
        this.config = config;
        this.pids = new Pids(config.dataDirectory().resolve("platform.pids"));
    }

    void start() {
        long begin = System.nanoTime();
        Path data = config.dataDirectory();
        register(InstanceLock.acquire(data.resolve("platform.lock")));
        if (config.fresh()) {
            log.info("--fresh: deleting the data in {}", data);
            deleteContentsExceptLock(data);
        }
        pids.stopLeftovers();
        requireServiceJars();

        kafkaPort = Ports.resolve(config.kafkaPort());
        int controllerPort = Ports.resolve(config.kafkaControllerPort());
        kafkaControllerPort = controllerPort;
        int postgresPort = Ports.resolve(config.postgresPort());
        identityPort = Ports.resolve(config.identityPort());
        Ports.requireFree(kafkaPort, "Kafka", "BAOBEI_KAFKA_PORT");
        Ports.requireFree(controllerPort, "Kafka controller", "BAOBEI_KAFKA_CONTROLLER_PORT");
        Ports.requireFree(postgresPort, "PostgreSQL", "BAOBEI_POSTGRES_PORT");
        Ports.requireFree(identityPort, "identity provider", "BAOBEI_IDENTITY_PORT");
        for (ServiceSpec spec : config.services()) {
            if (spec.port() != 0) {
                Ports.requireFree(spec.port(), spec.name() + " service",
                        "BAOBEI_" + spec.name().toUpperCase(java.util.Locale.ROOT) + "_PORT");
            }
        }

        CompletableFuture<Void> database = CompletableFuture.runAsync(() -> startPostgres(postgresPort));
        CompletableFuture<Void> broker = CompletableFuture.runAsync(() -> startKafka(kafkaPort, controllerPort));
        CompletableFuture<Void> provider = CompletableFuture.runAsync(() -> startIdentity(identityPort));
        join(CompletableFuture.allOf(database, broker, provider));

        step("Services: starting " + String.join(", ", config.services().stream().map(ServiceSpec::name).toList())
                + " (logs in " + relative(logs()) + ")");
        for (ServiceSpec spec : config.services()) {
            // "any free port" is chosen only now, right before the service binds it: the fewer seconds between, the
            // less chance that another process takes it (awaitReady still copes when one does)
            startService(spec.withPort(Ports.resolve(spec.port())));
        }
        join(CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(() -> awaitReady(service)))
                .toArray(CompletableFuture[]::new)));
        for (ServiceProcess service : services) {
            superviseService(service);
        }
        startupTime = Duration.ofNanos(System.nanoTime() - begin);
    }

    private void startPostgres(int port) {
        long begin = System.nanoTime();
        step("PostgreSQL: starting on port " + port + " (data in " + relative(config.dataDirectory().resolve("postgres"))
                + ")");
        Postgres server = register(Postgres.start(config.dataDirectory().resolve("postgres"),
                logs().resolve("postgres.log"), port, config.repositoryRoot(), pids, config.readinessTimeout()));
        postgres = server;
        List<String> databases = config.services().stream().map(ServiceSpec::database).distinct().toList();
        server.createDatabases(databases);
        supervise("postgres", server.process(), () -> {
            server.restart(config.readinessTimeout());
            return server.process();
        });
        step("PostgreSQL: ready in " + seconds(begin) + " (" + shortVersion(server.version()) + "), databases "
                + String.join(", ", databases));
    }

    private void startKafka(int port, int controllerPort) {
        long begin = System.nanoTime();
        Path directory = config.dataDirectory().resolve("kafka");
        step("Kafka: starting a KRaft broker on 127.0.0.1:" + port + " (data in " + relative(directory) + ")");
        KafkaBroker broker = startBroker();
        List<String> created = createTopics(broker);
        supervise("kafka", broker.process(), () -> startBroker().process());
        step("Kafka: ready in " + seconds(begin) + ", " + KafkaTopics.declared((short) 1, KafkaAccess.KNOWN_TENANTS)
                .size() + " topics (" + (created.isEmpty() ? "all there already" : created.size() + " created now")
                + "), a user per service, partner users of " + String.join(", ", KafkaAccess.KNOWN_TENANTS));
    }

    /** The broker on the ports resolved at startup; its users, ACLs and topics are in its data and survive. */
    private KafkaBroker startBroker() {
        Path directory = config.dataDirectory().resolve("kafka");
        KafkaBroker broker = register(KafkaBroker.start(directory, logs().resolve("kafka.log"), kafkaPort,
                kafkaControllerPort, brokerClasspath(), config.kafkaJvmOptions(), config.repositoryRoot(), pids));
        try {
            broker.awaitReady(Duration.ofMinutes(2));
        } catch (RuntimeException e) {
            broker.process().close(Duration.ofSeconds(5));
            throw e;
        }
        kafka = broker;
        return broker;
    }

    private void startIdentity(int port) {
        long begin = System.nanoTime();
        Path directory = config.dataDirectory().resolve("identity");
        step("Identity provider: starting on " + IdentityProvider.issuer(port) + " (users "
                + (config.identityUsers() == null ? "of the demo month" : "from " + relative(config.identityUsers()))
                + "; signing key in " + relative(directory) + ")");
        IdentityProvider provider;
        for (int attempt = 1; ; attempt++) {
            try {
                provider = startIdentityProcess(directory);
                break;
            } catch (PlatformException e) {
                // as for the services (awaitReady): "any free port" may be taken before the JVM binds it
                if (config.identityPort() != 0 || attempt == 3 || !portTaken(e)) {
                    throw e;
                }
                int taken = identityPort;
                identityPort = Ports.resolve(0);
                log.warn("Identity provider: port {} was taken before it could listen on it; starting it on port {}",
                        taken, identityPort);
            }
        }
        supervise(IdentityProvider.NAME, provider.process(), () -> startIdentityProcess(directory).process());
        step("Identity provider: ready in " + seconds(begin));
    }

    private IdentityProvider startIdentityProcess(Path directory) {
        IdentityProvider provider = register(IdentityProvider.start(config.identityJar(), identityPort, directory,
                config.identityUsers(), PlatformConfig.IDENTITY_JVM_OPTIONS, config.repositoryRoot(),
                logs().resolve(IdentityProvider.NAME + ".log"), pids));
        identity = provider;
        try {
            Readiness.await(provider.readinessUrl(), provider.process(), config.readinessTimeout());
        } catch (RuntimeException e) {
            provider.process().close(Duration.ofSeconds(5));
            throw e;
        }
        provider.markReady();
        return provider;
    }

    /** Users and ACLs first (ADR 0013), then the topics, as the admin user. */
    private List<String> createTopics(KafkaBroker broker) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                KafkaAccess.setUp(broker, config.services().stream().map(ServiceSpec::name).toList(), partnerFiles());
                return KafkaTopics.createAll(broker.clientProperties(KafkaCredentials.ADMIN), (short) 1,
                        KafkaAccess.KNOWN_TENANTS);
            } catch (RuntimeException e) {
                // a broker that has just registered may still be fenced for a moment
                last = e;
                sleep(Duration.ofMillis(500));
            }
        }
        throw new PlatformException("Could not create the topics: " + last.getMessage(), last);
    }

    private ServiceProcess startService(ServiceSpec spec) {
        Map<String, String> environment = new java.util.HashMap<>(ServiceProcess.environment(spec,
                postgres.jdbcUrl(spec.database()), kafka.bootstrapServers(), identity.issuer()));
        // each service logs in to Kafka as a user of its own (ADR 0013)
        environment.putAll(kafka.credentials().springEnvironment(spec.name()));
        ServiceProcess service = register(ServiceProcess.start(spec, config.serviceJvmOptions(), environment,
                config.repositoryRoot(), logs().resolve(spec.name() + ".log"), pids));
        services.removeIf(old -> old.spec().name().equals(spec.name()));
        services.add(service);
        return service;
    }

    private void superviseService(ServiceProcess service) {
        supervise(service.spec().name(), service.process(), () -> {
            ServiceProcess again = startService(service.spec());
            try {
                Readiness.await(again.readinessUrl(), again.process(), config.readinessTimeout());
            } catch (RuntimeException e) {
                again.process().close(Duration.ofSeconds(5));
                throw e;
            }
            again.markReady();
            return again.process();
        });
    }

    /**
     * Watches a process the platform started: when it exits without being asked to, it is started again after a
     * back-off (ADR 0017), and watched again once healthy. A restart that fails counts as another death.
     */
    private void supervise(String name, ChildProcess process, Supplier<ChildProcess> startAgain) {
        process.process().onExit().thenAccept(exited -> {
            if (closing || process.isStopping()) {
                return;
            }
            String why = "exited (code " + exited.exitValue() + ")";
            if (!config.supervise()) {
                log.warn("{} {}; not restarted (BAOBEI_RESTART=off); see {}", name, why, relative(process.log()));
                return;
            }
            scheduleRestart(name, why, Instant.now(), startAgain);
        });
    }

    private void scheduleRestart(String name, String why, Instant diedAt, Supplier<ChildProcess> startAgain) {
        Backoff backoff = backoffs.computeIfAbsent(name, n -> new Backoff(config.restartDelayCap(), HEALTHY_PERIOD));
        Duration delay = backoff.onDeath(Instant.now());
        int number = backoff.restarts();
        log.warn("{} {}; restarting in {} s (restart {})", name, why, delay.toSeconds(), number);
        Executor later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, restarter);
        later.execute(() -> {
            if (closing) {
                return;
            }
            ChildProcess again;
            try {
                again = startAgain.get();
            } catch (RuntimeException e) {
                if (!closing) {
                    scheduleRestart(name, "did not come back (" + firstLine(e.getMessage()) + ")", diedAt,
                            startAgain);
                }
                return;
            }
            if (closing) {
                again.close();
                return;
            }
            backoff.onHealthy(Instant.now());
            Duration toHealthy = Duration.between(diedAt, Instant.now());
            restarts.add(new Restart(name, number, toHealthy));
            log.info("{} is back: healthy {} after it died (restart {})", name,
                    String.format("%.1f s", toHealthy.toMillis() / 1000.0), number);
            supervise(name, again, startAgain);
        });
    }

    /** Whether a start failed because its port was taken (Spring Boot: "Port 46793 was already in use"). */
    private static boolean portTaken(RuntimeException e) {
        return String.valueOf(e.getMessage()).contains("already in use");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private void awaitReady(ServiceProcess service) {
        long begin = System.nanoTime();
        String name = service.spec().name();
        boolean anyFreePort = config.services().stream().anyMatch(s -> s.name().equals(name) && s.port() == 0);
        for (int attempt = 1; ; attempt++) {
            try {
                Readiness.await(service.readinessUrl(), service.process(), config.readinessTimeout());
                break;
            } catch (PlatformException e) {
                // a port found free a moment ago can be taken before the service binds it (another test's platform,
                // a client's ephemeral port): with "any free port" that is no reason to fail, only to choose again
                if (!anyFreePort || attempt == 3 || !portTaken(e)) {
                    throw e;
                }
                int taken = service.spec().port();
                service = startService(service.spec().withPort(Ports.resolve(0)));
                log.warn("{}: port {} was taken before the service could listen on it; starting it on port {}", name,
                        taken, service.spec().port());
            }
        }
        service.markReady();
        step(name + ": ready in " + seconds(begin));
    }

    private void requireServiceJars() {
        List<Path> jars = new ArrayList<>();
        jars.add(config.identityJar());
        config.services().stream().map(ServiceSpec::jar).filter(java.util.Objects::nonNull).forEach(jars::add);
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new PlatformException(relative(jar) + " is missing. Build it with "
                        + "`./mvnw -q install -DskipTests` (./run.sh does that when something is missing).");
            }
        }
        if (config.identityUsers() != null && !Files.isRegularFile(config.identityUsers())) {
            throw new PlatformException("The identity provider's users file " + relative(config.identityUsers())
                    + " does not exist (BAOBEI_IDENTITY_USERS)");
        }
    }

    private String brokerClasspath() {
        Path libraries = config.libraryDirectory();
        if (Files.isDirectory(libraries)) {
            return libraries.resolve("*").toString();
        }
        // From a test, the broker's jars are on this JVM's own classpath.
        return System.getProperty("java.class.path");
    }

    /** Logs the addresses of everything, one line per service, and how to get a token. */
    void printSummary() {
        log.info("Baobei is ready in {}.", String.format("%.1f s", startupTime.toMillis() / 1000.0));
        for (ServiceProcess service : services) {
            URI url = service.url();
            log.info("  {}  {}   Swagger UI {}   health {}", pad(service.spec().name()), url,
                    url.resolve("/swagger-ui.html"), url.resolve("/actuator/health"));
        }
        URI issuer = identity.issuer();
        if (config.identityUsers() == null) {
            log.info("  {}  {}  (demo users, password demo)", pad(IdentityProvider.NAME), issuer);
            log.info("  Get a token:  curl -s -u huajing.jiayuan-01:demo -d grant_type=client_credentials {}/oauth2/token",
                    issuer);
            log.info("    channel agent huajing.jiayuan-01 · channel manager huajing.jiayuan.manager · consultant "
                    + "hj-bj-c01 · site manager hj-bj-sm · marketing manager hj-mkt · finance huajing.finance · "
                    + "tenant admin huajing.admin · partner huajing.partner");
        } else {
            log.info("  {}  {}  (users from {})", pad(IdentityProvider.NAME), issuer, relative(config.identityUsers()));
            log.info("  Get a token:  curl -s -u <username>:<password> -d grant_type=client_credentials {}/oauth2/token",
                    issuer);
        }
        log.info("  {}  {} (one KRaft broker, SASL/SCRAM-SHA-512; users and passwords in {})", pad("Kafka"),
                kafkaBootstrapServers(), relative(kafka.credentials().file()));
        for (String tenant : KafkaAccess.KNOWN_TENANTS) {
            log.info("  {}  {} reads {}*: kafka-console-consumer.sh --bootstrap-server {} --consumer.config {} "
                            + "--topic {} --from-beginning", pad("Partner"), KafkaAccess.partnerUser(tenant),
                    Topics.tenantPrefix(tenant), kafkaBootstrapServers(),
                    relative(KafkaAccess.partnerFile(partnerFiles(), tenant)), Topics.REGISTRATION_VERDICTS.name(tenant));
        }
        log.info("  {}  {} user {} (one database per service; data in {})", pad("PostgreSQL"),
                postgres.jdbcUrl("<service>"), Postgres.USERNAME, relative(config.dataDirectory().resolve("postgres")));
        log.info("  {}  {}<service>.log, identity.log, kafka.log, postgres.log", pad("Logs"), relative(logs()) + "/");
        log.info("Press Ctrl-C to stop everything.");
    }

    private static String pad(String text) {
        return String.format("%-12s", text);
    }

    /**
     * The identity provider's issuer, {@code http://127.0.0.1:<port>}: what its tokens' {@code iss} says and where
     * its discovery document ({@code /.well-known/openid-configuration}) and token endpoint are.
     */
    public URI issuerUri() {
        return identity.issuer();
    }

    /**
     * An access token (a signed JWT) of this user of the identity provider, e.g. {@code token("huajing.jiayuan-01",
     * "demo")} with the demo month's users: client credentials, every user being a client of their own name.
     */
    public String token(String username, String password) {
        return IdentityProvider.token(identity.issuer(), username, password);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Bootstrap servers and credentials of the platform's Kafka super user, for tools and tests. */
    public Map<String, Object> kafkaClientProperties() {
        return kafkaClientProperties(KafkaCredentials.ADMIN);
    }

    /** Bootstrap servers and credentials of one Kafka user: a service's name, or a partner's user. */
    public Map<String, Object> kafkaClientProperties(String user) {
        return kafka.clientProperties(user);
    }

    /**
     * Gives {@code tenant} a partner user ({@code <tenant>.partner}) that reads the tenant's topics only; returns its
     * client settings. The demo tenants have one from the start.
     */
    public Map<String, Object> addKafkaPartner(String tenant) {
        KafkaAccess.addPartner(kafka, tenant);
        return kafkaClientProperties(KafkaAccess.partnerUser(tenant));
    }

    private Path partnerFiles() {
        return config.dataDirectory().resolve("kafka").resolve("partners");
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public String databaseUsername() {
        return Postgres.USERNAME;
    }

    public String databasePassword() {
        return Postgres.PASSWORD;
    }

    /** The services as started, with the ports they were given. */
    public List<ServiceSpec> services() {
        return services.stream().map(ServiceProcess::spec).toList();
    }

    public URI serviceUrl(String name) {
        return service(name).url();
    }

    /** SIGKILL for one service, as a crash looks to it (no shutdown hook runs); returns once it has exited. */
    public void crash(String name) {
        ServiceProcess service = service(name);
        service.process().close(Duration.ZERO);
    }

    /**
     * Starts a service stopped by {@link #crash} again as at startup (same port, database, environment) until ready;
     * it is supervised again from then on.
     */
    public void restart(String name) {
        restart(name, () -> { });
    }

    /**
     * Stops a service (not restarted by the supervisor meanwhile), runs {@code whileStopped}, then starts it again as
     * {@link #restart(String)} does. A benchmark empties the service's database and consumer groups this way to time a
     * replay of every event into an empty service (issue 16's catch-up).
     */
    public void restart(String name, Runnable whileStopped) {
        ServiceProcess old = service(name);
        if (old.process().isAlive()) {
            old.close();
        }
        whileStopped.run();
        ServiceProcess again = startService(old.spec());
        awaitReady(again);
        superviseService(again);
    }

    /**
     * The pid of a process the platform runs now: a service's name, {@code kafka}, {@code postgres} or
     * {@code identity}. A test kills it with SIGKILL to see the supervisor at work.
     */
    public long pid(String name) {
        return switch (name) {
            case "kafka" -> kafka.process().pid();
            case "postgres" -> postgres.process().pid();
            case IdentityProvider.NAME -> identity.process().pid();
            default -> service(name).process().pid();
        };
    }

    /** One restart by the supervisor: of which process, its number in a row, and the time from death to healthy. */
    public record Restart(String name, int number, Duration toHealthy) {
    }

    /** The supervisor's restarts so far, in the order they became healthy. */
    public List<Restart> restarts() {
        return List.copyOf(restarts);
    }

    private ServiceProcess service(String name) {
        return services.stream().filter(s -> s.spec().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service named " + name));
    }

    public Path logFile(String name) {
        return logs().resolve(name + ".log");
    }

    public Duration startupTime() {
        return startupTime;
    }

    boolean isClosing() {
        return closing;
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        stopped.await();
    }

    /** Stops the services (in parallel), then the identity provider, then Kafka, then PostgreSQL; idempotent. */
    @Override
    public void close() {
        List<AutoCloseable> toClose;
        synchronized (started) {
            if (closing) {
                return;
            }
            closing = true;
            toClose = new ArrayList<>(started);
        }
        restarter.shutdownNow();
        try {
            List<ServiceProcess> running = toClose.stream()
                    .filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast)
                    .filter(s -> s.process().isAlive()).toList();
            if (!running.isEmpty()) {
                log.info("Stopping {}", String.join(", ", running.stream().map(s -> s.spec().name()).toList()));
                CompletableFuture.allOf(running.stream()
                        .map(s -> CompletableFuture.runAsync(s::close))
                        .toArray(CompletableFuture[]::new)).join();
            }
            // The identity provider, Kafka, PostgreSQL, and the lock last, whatever order they came up in.
            for (AutoCloseable resource : toClose) {
                if (resource instanceof IdentityProvider stopped) {
                    // a process the supervisor replaced is dead already: only the running one is announced
                    if (stopped.process().isAlive()) {
                        log.info("Stopping the identity provider");
                    }
                    closeQuietly(resource);
                }
            }
            for (AutoCloseable resource : toClose) {
                if (resource instanceof KafkaBroker stopped) {
                    // a process the supervisor replaced is dead already: only the running one is announced
                    if (stopped.process().isAlive()) {
                        log.info("Stopping Kafka");
                    }
                    closeQuietly(resource);
                }
            }
            for (AutoCloseable resource : toClose) {
                if (resource instanceof Postgres) {
                    log.info("Stopping PostgreSQL");
                    closeQuietly(resource);
                }
            }
            boolean anythingRan = toClose.stream().anyMatch(r -> !(r instanceof InstanceLock));
            for (AutoCloseable resource : toClose) {
                if (resource instanceof InstanceLock) {
                    if (anythingRan) {
                        pids.clear();
                    }
                    closeQuietly(resource);
                }
            }
            if (anythingRan) {
                log.info("Stopped.");
            }
        } finally {
            stopped.countDown();
        }
    }

    /** Remembers something started, to stop it in reverse order; stops it at once if closing has begun. */
    private <T extends AutoCloseable> T register(T resource) {
        synchronized (started) {
            if (!closing) {
                started.push(resource);
                return resource;
            }
        }
        closeQuietly(resource);
        throw new PlatformException("Stopping: startup interrupted");
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("While stopping: {}", e.toString());
        }
    }

    private void deleteContentsExceptLock(Path data) {
        Path root = config.repositoryRoot();
        if (data.equals(root) || root.startsWith(data)) {
            throw new PlatformException("Refusing to delete " + data + ": it holds the repository");
        }
        try (Stream<Path> paths = Files.walk(data)) {
            paths.sorted(Comparator.reverseOrder())
                    .filter(path -> !path.equals(data) && !path.equals(data.resolve("platform.lock")))
                    .forEach(path -> {
                        try {
                            Files.delete(path);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new PlatformException("Could not delete " + data + ": " + e.getMessage(), e);
        }
    }

    private Path logs() {
        return config.dataDirectory().resolve("logs");
    }

    private String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(config.repositoryRoot())
                ? config.repositoryRoot().relativize(absolute).toString() : absolute.toString();
    }

    private static void step(String message) {
        log.info(message);
    }

    private static String seconds(long beginNanos) {
        return String.format("%.1f s", (System.nanoTime() - beginNanos) / 1e9);
    }

    private static String shortVersion(String version) {
        String[] words = version.split(" ");
        return words.length >= 2 ? words[0] + " " + words[1] : version;
    }

    private static void join(CompletableFuture<?> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted", e);
        }
    }
}
