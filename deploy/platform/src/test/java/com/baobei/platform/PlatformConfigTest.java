package com.baobei.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformConfigTest {

    private final Path root = Path.of("/checkout");

    @Test
    void defaults_run_the_four_services_from_their_jars_with_data_in_var() {
        PlatformConfig config = PlatformConfig.fromEnvironment(root, Map.of(), List.of());

        assertThat(config.dataDirectory()).isEqualTo(root.resolve("var"));
        assertThat(config.kafkaPort()).isEqualTo(19092);
        assertThat(config.postgresPort()).isEqualTo(15432);
        assertThat(config.fresh()).isFalse();
        assertThat(config.services()).extracting(ServiceSpec::name, ServiceSpec::port, ServiceSpec::database)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("registration", 8081, "registration"),
                        org.assertj.core.groups.Tuple.tuple("visit", 8082, "visit"),
                        org.assertj.core.groups.Tuple.tuple("attribution", 8083, "attribution"),
                        org.assertj.core.groups.Tuple.tuple("commission", 8084, "commission"));
        assertThat(config.services().get(0).jar())
                .isEqualTo(root.resolve("registration-service/target/registration-service.jar"));
        assertThat(config.identityPort()).isEqualTo(9000);
        assertThat(config.identityUsers()).isNull();
        assertThat(config.identityJar()).isEqualTo(root.resolve("deploy/identity/target/identity.jar"));
    }

    @Test
    void the_identity_provider_gets_its_port_issuer_data_and_users_and_the_services_its_issuer() {
        PlatformConfig config = PlatformConfig.fromEnvironment(root,
                Map.of("BAOBEI_IDENTITY_PORT", "9100", "BAOBEI_IDENTITY_USERS", "etc/users.yml"), List.of());
        assertThat(config.identityPort()).isEqualTo(9100);
        assertThat(config.identityUsers()).isEqualTo(root.resolve("etc/users.yml"));
        assertThat(config.withAnyFreePorts().identityPort()).isZero();
        assertThat(config.withIdentityUsers(null).identityUsers()).isNull();

        java.net.URI issuer = IdentityProvider.issuer(9100);
        assertThat(issuer).hasToString("http://127.0.0.1:9100");
        assertThat(IdentityProvider.environment(9100, issuer, Path.of("/data/identity"), null)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "SERVER_PORT", "9100", "BAOBEI_ISSUER", "http://127.0.0.1:9100",
                "BAOBEI_IDENTITY_DATA_DIR", "/data/identity", "BAOBEI_IDENTITY_USERS", "classpath:demo-users.yml"));
        assertThat(IdentityProvider.environment(9100, issuer, Path.of("/d"), config.identityUsers()))
                .containsEntry("BAOBEI_IDENTITY_USERS", "/checkout/etc/users.yml");
        assertThat(ServiceProcess.environment(config.services().get(0), "jdbc:postgresql://x/registration", "k:1",
                issuer)).containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "http://127.0.0.1:9100");
    }

    @Test
    void the_environment_moves_ports_data_and_chooses_services() {
        PlatformConfig config = PlatformConfig.fromEnvironment(root, Map.of(
                "BAOBEI_KAFKA_PORT", "29092",
                "BAOBEI_POSTGRES_PORT", "25432",
                "BAOBEI_VISIT_PORT", "9182",
                "BAOBEI_DATA_DIR", "elsewhere",
                "BAOBEI_READY_TIMEOUT_SECONDS", "60",
                "BAOBEI_SERVICES", "visit, commission",
                "BAOBEI_SERVICE_JAVA_OPTS", "-Xmx256m  -XX:+UseSerialGC"), List.of("--fresh"));

        assertThat(config.kafkaPort()).isEqualTo(29092);
        assertThat(config.postgresPort()).isEqualTo(25432);
        assertThat(config.dataDirectory()).isEqualTo(root.resolve("elsewhere"));
        assertThat(config.readinessTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.fresh()).isTrue();
        assertThat(config.services()).extracting(ServiceSpec::name, ServiceSpec::port).containsExactly(
                org.assertj.core.groups.Tuple.tuple("visit", 9182),
                org.assertj.core.groups.Tuple.tuple("commission", 8084));
        assertThat(config.serviceJvmOptions()).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
    }

    @Test
    void run_sh_runs_the_jvms_for_steady_speed_and_tests_for_a_quick_start() {
        PlatformConfig running = PlatformConfig.fromEnvironment(root, Map.of(), List.of());
        assertThat(running.serviceJvmOptions()).contains("-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError")
                .noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"))
                .noneMatch(o -> o.startsWith("-Xmx"));
        // a heap per service, given before these options (an -Xmx in BAOBEI_SERVICE_JAVA_OPTS wins over it)
        assertThat(PlatformConfig.heapOf("attribution")).isEqualTo("512m");
        assertThat(List.of("registration", "visit", "commission")).allMatch(s -> PlatformConfig.heapOf(s).equals("256m"));
        assertThat(running.kafkaJvmOptions()).contains("-XX:+UseG1GC")
                .noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
        assertThat(PlatformConfig.defaults(root).serviceJvmOptions()).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void the_launcher_restarts_what_dies_unless_told_not_to() {
        PlatformConfig defaults = PlatformConfig.fromEnvironment(root, Map.of(), List.of());
        assertThat(defaults.supervise()).isTrue();
        assertThat(defaults.restartDelayCap()).isEqualTo(Duration.ofSeconds(30));

        PlatformConfig off = PlatformConfig.fromEnvironment(root,
                Map.of("BAOBEI_RESTART", "OFF", "BAOBEI_RESTART_MAX_DELAY_SECONDS", "5"), List.of());
        assertThat(off.supervise()).isFalse();
        assertThat(off.restartDelayCap()).isEqualTo(Duration.ofSeconds(5));
        assertThat(off.withSupervision(true).supervise()).isTrue();
    }

    @Test
    void mistakes_are_named() {
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(root, Map.of("BAOBEI_KAFKA_PORT", "kafka"), List.of()))
                .hasMessageContaining("BAOBEI_KAFKA_PORT must be a number");
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(root, Map.of("BAOBEI_POSTGRES_PORT", "70000"), List.of()))
                .hasMessageContaining("BAOBEI_POSTGRES_PORT must be a port number");
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(root, Map.of("BAOBEI_IDENTITY_PORT", "-1"), List.of()))
                .hasMessageContaining("BAOBEI_IDENTITY_PORT must be a port number");
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(root, Map.of("BAOBEI_SERVICES", "billing"), List.of()))
                .hasMessageContaining("unknown service: billing");
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(root, Map.of("BAOBEI_RESTART", "sometimes"), List.of()))
                .hasMessageContaining("BAOBEI_RESTART must be on or off");
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(root, Map.of("BAOBEI_RESTART_MAX_DELAY_SECONDS", "0"),
                List.of())).hasMessageContaining("BAOBEI_RESTART_MAX_DELAY_SECONDS must be at least 1");
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(root, Map.of(), List.of("--fast")))
                .hasMessageContaining("Unknown argument --fast");
    }

    @Test
    void a_single_broker_keeps_every_internal_topic_at_one_replica() {
        String properties = KafkaBroker.serverProperties(Path.of("/data"), 19092, 19093, "secret");

        assertThat(properties).contains("process.roles=broker,controller", "controller.quorum.voters=1@127.0.0.1:19093",
                "listeners=CLIENT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093",
                "offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1", "log.dirs=/data");
    }

    @Test
    void the_broker_authenticates_every_listener_and_denies_what_no_acl_allows() {
        String properties = KafkaBroker.serverProperties(Path.of("/data"), 19092, 19093, "secret");

        assertThat(properties.lines()).contains(
                "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "listener.name.client.sasl.enabled.mechanisms=SCRAM-SHA-512",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:admin");
        assertThat(properties).doesNotContain("PLAINTEXT:PLAINTEXT", "ANONYMOUS");
    }
}
