package com.baobei.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service running as its own JVM, pointed at the platform's Kafka and its own database by environment. */
final class ServiceProcess implements AutoCloseable {

    private final ServiceSpec spec;
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private final ChildProcess process;
    private volatile boolean ready;

    private ServiceProcess(ServiceSpec spec, ChildProcess process) {
        this.spec = spec;
        this.process = process;
    }

    static ServiceProcess start(ServiceSpec spec, List<String> jvmOptions, Map<String, String> environment,
                                Path workingDirectory, Path log, Pids pids) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaCommand());
        command.add("-Xmx" + PlatformConfig.heapOf(spec.name()));
        command.addAll(jvmOptions);
        command.addAll(spec.launchArguments());
        // Spring Boot stops gracefully on SIGTERM; give it time to finish in-flight work and commit offsets.
        return new ServiceProcess(spec, ChildProcess.start(spec.name(), command, environment, workingDirectory, log,
                STOP_GRACE, pids));
    }

    /**
     * The variables every service reads (see the services' application.yml). The issuer is the identity provider
     * whose tokens the service accepts; it learns the provider's keys from the issuer's discovery document.
     */
    static Map<String, String> environment(ServiceSpec spec, String jdbcUrl, String kafkaBootstrapServers,
                                           URI issuer) {
        return Map.of(
                "SERVER_PORT", Integer.toString(spec.port()),
                "SPRING_DATASOURCE_URL", jdbcUrl,
                "SPRING_DATASOURCE_USERNAME", Postgres.USERNAME,
                "SPRING_DATASOURCE_PASSWORD", Postgres.PASSWORD,
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers,
                "BAOBEI_TOPIC_REPLICATION_FACTOR", "1",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer.toString(),
                // the same, for a service whose application.yml reads it under this name
                "BAOBEI_ISSUER_URI", issuer.toString());
    }

    ServiceSpec spec() {
        return spec;
    }

    ChildProcess process() {
        return process;
    }

    URI url() {
        return URI.create("http://localhost:" + spec.port());
    }

    URI readinessUrl() {
        return url().resolve("/actuator/health/readiness");
    }

    void markReady() {
        ready = true;
    }

    /** A service that never became ready has no work in flight: it gets a short grace period. */
    @Override
    public void close() {
        process.close(ready ? STOP_GRACE : Duration.ofSeconds(5));
    }
}
