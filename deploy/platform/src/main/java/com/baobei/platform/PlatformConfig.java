package com.baobei.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the launcher needs to know. {@link #fromEnvironment} is what {@code ./run.sh} uses; tests start from
 * {@link #defaults} and change what they need (ports 0 mean "any free port").
 */
public record PlatformConfig(
        Path repositoryRoot,
        Path dataDirectory,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        int identityPort,
        Path identityUsers,
        List<ServiceSpec> services,
        boolean fresh,
        Duration readinessTimeout,
        List<String> serviceJvmOptions,
        List<String> kafkaJvmOptions,
        boolean supervise,
        Duration restartDelayCap) {

    // Not 9092/5432: a developer's machine often runs its own Kafka or PostgreSQL there (this one does).
    public static final int KAFKA_PORT = 19092;
    public static final int POSTGRES_PORT = 15432;
    public static final int IDENTITY_PORT = 9000;
    public static final List<String> IDENTITY_JVM_OPTIONS =
            List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    public static final Map<String, Integer> SERVICE_PORTS = orderedPorts();
    /**
     * How {@code ./run.sh} runs a service: both JIT tiers (C1 alone runs steady-state code several times slower), the
     * serial collector, a heap of its own ({@link #heapOf}), and an exit on OutOfMemoryError so that supervision starts
     * a healthy process instead of a sick one. Serial, not G1: with five JVMs on a small machine G1's own structures
     * and threads cost each service 40–56 MB and its heap grows to the cap, and it was not faster (ADR 0031, "Memory
     * per service": 100,000-event project, 50 registrations/s across the processes, registration 584 → 557 MB,
     * attribution 713 → 672 MB at the same heap, visit 447 → 378 MB, commission 354 → 272 MB resident). The C library's
     * free memory is given back to the system every 5 s: 13–24 MB less resident at the end of the same load, the peak
     * unchanged (one pair of runs, ADR 0031, "Memory per service").
     */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xms128m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError", "-XX:TrimNativeHeapInterval=5000");

    /**
     * Each service's heap, given before the options above (so an -Xmx in {@code BAOBEI_SERVICE_JAVA_OPTS} wins). A
     * service keeps ~240 MB outside its heap (metaspace ~100 MB, code, symbols, the JIT's arenas, threads: native
     * memory tracking under load), so 256 MB is kept small for registration, visit and commission; registration's is
     * close to full during a 100,000-row import, the most one request may hold (three in a row went through once Axon's
     * event cache was off, ADR 0034 "Memory: Axon's shared event cache"; two at once were not tried). The
     * attribution service holds a project's events and fold state (ADR 0031, "Memory, measured"): at 384 MB it kept a
     * 100,000-event project at 50 registrations/s but died of OutOfMemoryError at 200/s; 512 MB held it. A larger
     * project needs more: the service logs the -Xmx that keeps it (1,216 MB for 300,000 events, ADR 0031).
     */
    public static String heapOf(String service) {
        return "attribution".equals(service) ? "512m" : "256m";
    }

    /**
     * Tests start and stop whole platforms many times on two cores, where start-up time and JIT threads matter
     * more than steady-state speed: the serial collector and the first JIT tier only.
     */
    public static final List<String> QUICK_START_SERVICE_JVM_OPTIONS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    /** The longest wait before a dead process is started again (ADR 0017). */
    public static final Duration RESTART_DELAY_CAP = Duration.ofSeconds(30);
    /** The broker as Kafka's own start script runs it (G1, short pauses), with a heap for one machine. */
    public static final List<String> KAFKA_JVM_OPTIONS = List.of("-Xms256m", "-Xmx512m", "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20", "-XX:InitiatingHeapOccupancyPercent=35", "-Djava.awt.headless=true");
    public static final List<String> QUICK_START_KAFKA_JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");

    public PlatformConfig {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        identityUsers = identityUsers == null ? null : identityUsers.toAbsolutePath().normalize();
        services = List.copyOf(services);
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        kafkaJvmOptions = List.copyOf(kafkaJvmOptions);
    }

    private static Map<String, Integer> orderedPorts() {
        var ports = new java.util.LinkedHashMap<String, Integer>();
        ports.put("registration", 8081);
        ports.put("visit", 8082);
        ports.put("attribution", 8083);
        ports.put("commission", 8084);
        return java.util.Collections.unmodifiableMap(ports);
    }

    /**
     * The four services on their default ports, the identity provider on 9000 with the demo month's users, Kafka on
     * 19092, PostgreSQL on 15432, data in {@code var/}; the JVMs set for a quick start, as tests want them
     * ({@link #fromEnvironment} sets them for running).
     */
    public static PlatformConfig defaults(Path repositoryRoot) {
        List<ServiceSpec> services = new ArrayList<>();
        SERVICE_PORTS.forEach((name, port) -> services.add(ServiceSpec.module(repositoryRoot, name, port)));
        return new PlatformConfig(repositoryRoot, repositoryRoot.resolve("var"), KAFKA_PORT, 0, POSTGRES_PORT,
                IDENTITY_PORT, null, services, false, Duration.ofMinutes(5), QUICK_START_SERVICE_JVM_OPTIONS,
                QUICK_START_KAFKA_JVM_OPTIONS,
                true, RESTART_DELAY_CAP);
    }

    /**
     * {@code ./run.sh}'s settings: {@code BAOBEI_KAFKA_PORT}, {@code BAOBEI_KAFKA_CONTROLLER_PORT} (default: any
     * free port), {@code BAOBEI_POSTGRES_PORT}, {@code BAOBEI_<SERVICE>_PORT}, {@code BAOBEI_IDENTITY_PORT},
     * {@code BAOBEI_IDENTITY_USERS} (the identity provider's users file; default the demo month's people),
     * {@code BAOBEI_DATA_DIR},
     * {@code BAOBEI_READY_TIMEOUT_SECONDS}, {@code BAOBEI_SERVICE_JAVA_OPTS}, {@code BAOBEI_SERVICES} (a comma-separated
     * subset, e.g. to run one service from an IDE instead), {@code BAOBEI_RESTART} (on or off: whether a process that
     * dies is started again), {@code BAOBEI_RESTART_MAX_DELAY_SECONDS} (the cap of the restart back-off, 30);
     * argument {@code --fresh}.
     */
    public static PlatformConfig fromEnvironment(Path repositoryRoot, Map<String, String> env, List<String> args) {
        for (String arg : args) {
            if (!arg.equals("--fresh")) {
                throw new PlatformException("Unknown argument " + arg + ". Usage: ./run.sh [--fresh]");
            }
        }
        PlatformConfig d = defaults(repositoryRoot);
        List<String> chosen = names(env.getOrDefault("BAOBEI_SERVICES", ""));
        for (String name : chosen) {
            if (!SERVICE_PORTS.containsKey(name)) {
                throw new PlatformException("BAOBEI_SERVICES names an unknown service: " + name + " (known: "
                        + String.join(", ", SERVICE_PORTS.keySet()) + ")");
            }
        }
        List<ServiceSpec> services = d.services.stream()
                .filter(s -> chosen.isEmpty() || chosen.contains(s.name()))
                .map(s -> s.withPort(port(env, "BAOBEI_" + s.name().toUpperCase(Locale.ROOT) + "_PORT", s.port())))
                .toList();
        String dataDir = env.getOrDefault("BAOBEI_DATA_DIR", "");
        String usersFile = env.getOrDefault("BAOBEI_IDENTITY_USERS", "").trim();
        String javaOpts = env.getOrDefault("BAOBEI_SERVICE_JAVA_OPTS", "").trim();
        return new PlatformConfig(repositoryRoot,
                dataDir.isBlank() ? d.dataDirectory : repositoryRoot.resolve(dataDir),
                port(env, "BAOBEI_KAFKA_PORT", d.kafkaPort),
                port(env, "BAOBEI_KAFKA_CONTROLLER_PORT", d.kafkaControllerPort),
                port(env, "BAOBEI_POSTGRES_PORT", d.postgresPort),
                port(env, "BAOBEI_IDENTITY_PORT", d.identityPort),
                usersFile.isEmpty() ? null : repositoryRoot.resolve(usersFile),
                services,
                args.contains("--fresh"),
                Duration.ofSeconds(number(env, "BAOBEI_READY_TIMEOUT_SECONDS", (int) d.readinessTimeout.toSeconds())),
                javaOpts.isEmpty() ? SERVICE_JVM_OPTIONS : Arrays.asList(javaOpts.split("\\s+")),
                KAFKA_JVM_OPTIONS,
                supervise(env.getOrDefault("BAOBEI_RESTART", "on")),
                Duration.ofSeconds(positive(env, "BAOBEI_RESTART_MAX_DELAY_SECONDS",
                        (int) d.restartDelayCap.toSeconds())));
    }

    private static boolean supervise(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "on", "" -> true;
            case "off" -> false;
            default -> throw new PlatformException("BAOBEI_RESTART must be on or off, not " + value);
        };
    }

    private static int positive(Map<String, String> env, String name, int fallback) {
        int value = number(env, name, fallback);
        if (value < 1) {
            throw new PlatformException(name + " must be at least 1, not " + env.get(name));
        }
        return value;
    }

    private static List<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        int port = number(env, name, fallback);
        if (port < 0 || port > 65_535) {
            throw new PlatformException(name + " must be a port number (0-65535), not " + env.get(name));
        }
        return port;
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new PlatformException(name + " must be a number, not " + value);
        }
    }

    public PlatformConfig withDataDirectory(Path directory) {
        return new PlatformConfig(repositoryRoot, directory, kafkaPort, kafkaControllerPort, postgresPort,
                identityPort, identityUsers, services, fresh, readinessTimeout, serviceJvmOptions, kafkaJvmOptions,
                supervise, restartDelayCap);
    }

    public PlatformConfig withPorts(int kafka, int kafkaController, int postgres) {
        return new PlatformConfig(repositoryRoot, dataDirectory, kafka, kafkaController, postgres,
                identityPort, identityUsers, services, fresh, readinessTimeout, serviceJvmOptions, kafkaJvmOptions,
                supervise, restartDelayCap);
    }

    public PlatformConfig withIdentityPort(int port) {
        return new PlatformConfig(repositoryRoot, dataDirectory, kafkaPort, kafkaControllerPort, postgresPort,
                port, identityUsers, services, fresh, readinessTimeout, serviceJvmOptions, kafkaJvmOptions,
                supervise, restartDelayCap);
    }

    /** The identity provider's users file (YAML, see deploy/identity's demo-users.yml); null: the demo month's. */
    public PlatformConfig withIdentityUsers(Path usersFile) {
        return new PlatformConfig(repositoryRoot, dataDirectory, kafkaPort, kafkaControllerPort, postgresPort,
                identityPort, usersFile, services, fresh, readinessTimeout, serviceJvmOptions, kafkaJvmOptions,
                supervise, restartDelayCap);
    }

    public PlatformConfig withServices(List<ServiceSpec> newServices) {
        return new PlatformConfig(repositoryRoot, dataDirectory, kafkaPort, kafkaControllerPort, postgresPort,
                identityPort, identityUsers, newServices, fresh, readinessTimeout, serviceJvmOptions, kafkaJvmOptions,
                supervise, restartDelayCap);
    }

    public PlatformConfig withFresh(boolean newFresh) {
        return new PlatformConfig(repositoryRoot, dataDirectory, kafkaPort, kafkaControllerPort, postgresPort,
                identityPort, identityUsers, services, newFresh, readinessTimeout, serviceJvmOptions, kafkaJvmOptions,
                supervise, restartDelayCap);
    }

    /** The JVMs as {@code ./run.sh} starts them ({@link #SERVICE_JVM_OPTIONS}), not the tests' quick start. */
    public PlatformConfig withRunningJvms() {
        return new PlatformConfig(repositoryRoot, dataDirectory, kafkaPort, kafkaControllerPort, postgresPort,
                identityPort, identityUsers, services, fresh, readinessTimeout, SERVICE_JVM_OPTIONS, KAFKA_JVM_OPTIONS,
                supervise, restartDelayCap);
    }

    public PlatformConfig withReadinessTimeout(Duration timeout) {
        return new PlatformConfig(repositoryRoot, dataDirectory, kafkaPort, kafkaControllerPort, postgresPort,
                identityPort, identityUsers, services, fresh, timeout, serviceJvmOptions, kafkaJvmOptions,
                supervise, restartDelayCap);
    }

    /** Supervision on (dead processes are started again, ADR 0017) or off (a test that restarts them itself). */
    public PlatformConfig withSupervision(boolean on) {
        return new PlatformConfig(repositoryRoot, dataDirectory, kafkaPort, kafkaControllerPort, postgresPort,
                identityPort, identityUsers, services, fresh, readinessTimeout, serviceJvmOptions, kafkaJvmOptions,
                on, restartDelayCap);
    }

    /** Every port 0 (any free port), services and identity provider included: what a test wants. */
    public PlatformConfig withAnyFreePorts() {
        return withPorts(0, 0, 0).withIdentityPort(0)
                .withServices(services.stream().map(s -> s.withPort(0)).toList());
    }

    /** The identity provider, built as {@code deploy/identity/target/identity.jar}. */
    public Path identityJar() {
        return repositoryRoot.resolve("deploy/identity/target/identity.jar");
    }

    /** The broker's jars and the launcher's own libraries, copied there by {@code mvn package} of this module. */
    public Path libraryDirectory() {
        return repositoryRoot.resolve("deploy/platform/target/lib");
    }
}
