package com.baobei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, checked by reading it (deploy/cluster/prove.sh runs it, too slowly for every build): every
 * service is there, runs the image deploy/cluster/images.sh builds under the registry prefix with a memory limit,
 * sets only variables the service reads, connects to PostgreSQL as its own user and to Kafka as its own user, only
 * the gateway publishes a port, the topics match the shared ones with replication factor 3 and min.insync.replicas
 * 2, the ACLs are the platform's, and no secret has a default.
 */
class ComposeFileTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final List<String> SERVICES = List.copyOf(PlatformConfig.SERVICE_PORTS.keySet());
    private static final String BROKERS = "kafka-1:9092,kafka-2:9092,kafka-3:9092";
    /** Before every image name: a registry mirror's address, or nothing (ADR 0025). */
    private static final String PREFIX = "${BAOBEI_IMAGE_PREFIX:-}";
    /** Not in application.yml: Spring Boot binds them to spring.kafka.properties.* (ADR 0013). */
    private static final List<String> KAFKA_LOGIN = List.of("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL",
            "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");

    private final Path root = RepositoryRoot.find();
    private final Map<String, Object> compose = yaml(root.resolve("docker-compose.yml"));
    private final Map<String, Object> services = map(compose.get("services"));

    @Test
    void every_container_runs_an_image_built_offline_under_the_registry_prefix() throws IOException {
        String images = Files.readString(root.resolve("deploy/cluster/images.sh"));
        for (var entry : services.entrySet()) {
            Map<String, Object> container = map(entry.getValue());
            assertThat(container).as(entry.getKey()).doesNotContainKey("build");
            assertThat((String) container.get("image")).as(entry.getKey()).startsWith(PREFIX + "baobei/");
            assertThat(container).as("memory limit of %s", entry.getKey()).containsKey("mem_limit");
        }
        for (String service : SERVICES) {
            assertThat(map(services.get(service)).get("image"))
                    .isEqualTo(PREFIX + "baobei/" + service + "-service:${BAOBEI_IMAGE_TAG:-dev}");
        }
        // images.sh builds each service's image from the jar ./mvnw package left, under the same prefix
        assertThat(images).contains("services=(" + String.join(" ", SERVICES) + ")")
                .contains("cp \"${service}-service/target/${service}-service.jar\"")
                .contains("build \"${prefix}baobei/${service}-service:$tag\"")
                .contains("prefix=${BAOBEI_IMAGE_PREFIX:-}");
    }

    @Test
    void only_the_gateway_publishes_a_port_and_it_routes_to_every_service() throws IOException {
        for (var entry : services.entrySet()) {
            if (!entry.getKey().equals("gateway")) {
                assertThat(map(entry.getValue())).as(entry.getKey()).doesNotContainKey("ports");
            }
        }
        assertThat(list(map(services.get("gateway")).get("ports"))).containsExactly("${BAOBEI_GATEWAY_PORT:-8080}:8080");
        String nginx = Files.readString(root.resolve("deploy/cluster/gateway/nginx.conf"));
        for (String service : SERVICES) {
            assertThat(nginx).contains("location /" + service + "/ { set $upstream " + service + ":"
                    + PlatformConfig.SERVICE_PORTS.get(service) + "; rewrite ^/" + service + "(/.*)$ $1 break;");
        }
        assertThat(nginx).contains("location /identity/ { set $upstream identity:9000;");
    }

    @Test
    void each_service_sets_only_variables_it_reads_and_checks_the_port_it_listens_on() throws IOException {
        for (String service : SERVICES) {
            Map<String, String> readByService = placeholders(service);
            Map<String, Object> environment = map(map(services.get(service)).get("environment"));

            Set<String> understood = new TreeSet<>(readByService.keySet());
            understood.addAll(KAFKA_LOGIN);
            assertThat(understood).as("variables read by %s", service).containsAll(environment.keySet());
            assertThat(environment.keySet()).as("environment of %s", service).contains("SERVER_PORT",
                    "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS", "BAOBEI_TOPIC_REPLICATION_FACTOR");

            String port = String.valueOf(PlatformConfig.SERVICE_PORTS.get(service));
            assertThat(readByService.get("SERVER_PORT")).as("default port of %s", service).isEqualTo(port);
            assertThat(environment.get("SERVER_PORT")).hasToString(port);
            assertThat(String.valueOf(map(services.get(service)).get("healthcheck")))
                    .contains("/dev/tcp/127.0.0.1/" + port, "/actuator/health/readiness");

            assertThat(environment.get("SPRING_DATASOURCE_URL"))
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + service);
            assertThat(environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(BROKERS);
            assertThat(environment.get("BAOBEI_TOPIC_REPLICATION_FACTOR")).hasToString("3");
        }
    }

    @Test
    void each_service_logs_in_to_kafka_as_its_own_user_with_a_password_from_the_environment() {
        for (String service : SERVICES) {
            Map<String, Object> environment = map(map(services.get(service)).get("environment"));
            String variable = "KAFKA_" + service.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD";
            assertThat(environment).containsEntry(KAFKA_LOGIN.get(0), "SASL_PLAINTEXT")
                    .containsEntry(KAFKA_LOGIN.get(1), "SCRAM-SHA-512")
                    .containsEntry(KAFKA_LOGIN.get(2), "org.apache.kafka.common.security.scram.ScramLoginModule required"
                            + " username=\"" + service + "\" password=\"${" + variable + ":?set " + variable + "}\";");
        }
    }

    @Test
    void no_secret_has_a_default() throws IOException {
        Matcher m = PLACEHOLDER.matcher(Files.readString(root.resolve("docker-compose.yml")));
        int secrets = 0;
        while (m.find()) {
            if (m.group(1).matches(".*(PASSWORD|SECRET).*")) {
                secrets++;
                // ${VAR:?message}: compose refuses to start without it
                assertThat(m.group(2)).as(m.group()).startsWith("?set " + m.group(1));
            }
        }
        assertThat(secrets).isGreaterThanOrEqualTo(8);
    }

    @Test
    void each_service_connects_as_its_own_database_user_never_the_superuser() throws IOException {
        Map<String, Object> postgres = map(services.get("postgres"));
        assertThat((String) postgres.get("image")).isEqualTo(PREFIX + "baobei/postgres:15");
        Map<String, Object> postgresEnvironment = map(postgres.get("environment"));
        String mount = list(postgres.get("volumes")).stream().map(String::valueOf)
                .filter(v -> v.contains("/docker-entrypoint-initdb.d/")).findFirst().orElseThrow();
        String script = Files.readString(root.resolve(mount.substring(0, mount.indexOf(':'))));
        assertThat(script).contains("for service in " + String.join(" ", SERVICES) + "; do")
                .contains("CREATE ROLE :\"role\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE")
                .contains("CREATE DATABASE :\"role\" OWNER :\"role\";")
                .contains("REVOKE ALL ON DATABASE :\"role\" FROM PUBLIC;")
                .doesNotContainPattern("PASSWORD:-[^}]");
        for (String service : SERVICES) {
            Map<String, Object> environment = map(map(services.get(service)).get("environment"));
            String variable = "DB_" + service.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD";
            assertThat(environment).containsEntry("SPRING_DATASOURCE_USERNAME", service)
                    .containsEntry("SPRING_DATASOURCE_PASSWORD", "${" + variable + ":?set " + variable + "}");
            assertThat(postgresEnvironment).containsEntry(variable, "${" + variable + ":?set " + variable + "}");
            assertThat(String.valueOf(environment)).doesNotContain("POSTGRES_PASSWORD");
        }
    }

    @Test
    void three_kraft_brokers_replicate_three_times_and_need_two_in_sync() {
        for (int node = 1; node <= 3; node++) {
            assertThat(map(services.get("kafka-" + node)).get("image")).isEqualTo(PREFIX + "baobei/kafka:3.9.1");
            Map<String, Object> environment = map(map(services.get("kafka-" + node)).get("environment"));
            assertThat(environment).containsEntry("KAFKA_NODE_ID", String.valueOf(node))
                    .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                    .containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093")
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2")
                    .containsEntry("KAFKA_ADVERTISED_LISTENERS",
                            "CLIENT://kafka-" + node + ":9092,INTERNAL://kafka-" + node + ":9094")
                    .containsEntry("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP",
                            "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,INTERNAL:SASL_PLAINTEXT")
                    .containsEntry("KAFKA_LISTENER_NAME_CLIENT_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512")
                    // the image's ___ is '-': listener.name.client.scram-sha-512.sasl.jaas.config
                    .containsEntry("KAFKA_LISTENER_NAME_CLIENT_SCRAM___SHA___512_SASL_JAAS_CONFIG",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                    .containsEntry("KAFKA_AUTHORIZER_CLASS_NAME",
                            "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                    .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                    .containsEntry("KAFKA_SUPER_USERS", "User:admin");
        }
    }

    @Test
    void the_topic_container_creates_exactly_the_declared_topics() {
        String script = String.join("\n", list(map(services.get("topics")).get("command")).stream()
                .map(String::valueOf).toList());
        Pattern create = Pattern.compile("kafka-topics\\.sh --bootstrap-server \\$\\$B --command-config /tmp/admin\\.properties"
                + " --create --if-not-exists"
                + " --topic (\\S+) --partitions (\\d+) --replication-factor (\\d+) --config min\\.insync\\.replicas=(\\d+)"
                + " --config cleanup\\.policy=(compact|delete) --config retention\\.ms=(-?\\d+)");
        Set<String> created = new TreeSet<>();
        for (String line : script.lines().map(String::trim).filter(l -> l.startsWith("kafka-topics.sh")).toList()) {
            Matcher m = create.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(m.group(3)).as("replication factor of %s", m.group(1)).isEqualTo("3");
            assertThat(m.group(4)).as("min.insync.replicas of %s", m.group(1)).isEqualTo("2");
            created.add(m.group(1) + "/" + m.group(2) + "/" + m.group(5) + "/" + m.group(6));
        }
        assertThat(script).contains("B=kafka-1:9094,kafka-2:9094,kafka-3:9094");
        Set<String> declared = new TreeSet<>();
        for (Topics.Topic topic : Topics.shared()) {
            declared.add(topic.name() + "/" + topic.partitions() + "/" + topic.configs().get("cleanup.policy") + "/"
                    + topic.configs().get("retention.ms"));
            declared.add(topic.deadLetter() + "/" + topic.partitions() + "/delete/-1");
        }
        assertThat(created).isEqualTo(declared);
        Map<String, Object> dependsOn = map(map(services.get("topics")).get("depends_on"));
        assertThat(dependsOn).containsOnlyKeys("kafka-1", "kafka-2", "kafka-3");
        for (String service : SERVICES) {
            assertThat(map(map(map(services.get(service)).get("depends_on")).get("topics")))
                    .containsEntry("condition", "service_completed_successfully");
        }
    }

    @Test
    void the_init_step_creates_the_platforms_acls_and_a_user_for_each_service_and_the_example_partner() {
        String script = String.join("\n", list(map(services.get("topics")).get("command")).stream()
                .map(String::valueOf).toList());
        Pattern acl = Pattern.compile("kafka-acls\\.sh --bootstrap-server \\$\\$B --command-config /tmp/admin\\.properties"
                + " --add --(allow|deny)-principal User:(\\S+)((?: --operation [A-Z]+)+) --(topic|group) (\\S+)"
                + " --resource-pattern-type (literal|prefixed)");
        Set<String> inCompose = new TreeSet<>();
        for (String line : script.lines().map(String::trim).filter(l -> l.startsWith("kafka-acls.sh")).toList()) {
            Matcher m = acl.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            for (String operation : m.group(3).trim().split("\\s*--operation\\s+")) {
                if (!operation.isBlank()) {
                    inCompose.add(String.join(" ", m.group(1), m.group(2), operation, m.group(4), m.group(5),
                            m.group(6)));
                }
            }
        }
        Set<String> platform = new TreeSet<>();
        List<org.apache.kafka.common.acl.AclBinding> bindings = new ArrayList<>(KafkaAccess.partnerAcls("huajing"));
        SERVICES.forEach(service -> bindings.addAll(KafkaAccess.serviceAcls(service)));
        for (var binding : bindings) {
            platform.add(String.join(" ", binding.entry().permissionType().name().toLowerCase(java.util.Locale.ROOT),
                    binding.entry().principal().substring("User:".length()), binding.entry().operation().name(),
                    binding.pattern().resourceType().name().toLowerCase(java.util.Locale.ROOT), binding.pattern().name(),
                    binding.pattern().patternType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        assertThat(inCompose).isEqualTo(platform);

        List<String> users = new ArrayList<>(SERVICES);
        users.add(KafkaAccess.partnerUser("huajing"));
        for (String user : users) {
            String variable = "KAFKA_" + user.toUpperCase(java.util.Locale.ROOT).replace('.', '_') + "_PASSWORD";
            assertThat(script).contains("--entity-type users --entity-name " + user
                    + " --add-config \"SCRAM-SHA-512=[password=$$" + variable + "]\"");
            assertThat(map(map(services.get("topics")).get("environment"))).containsKey(variable);
        }
    }

    /** Every {@code ${VAR}} or {@code ${VAR:default}} in the service's application*.yml, with its default. */
    private Map<String, String> placeholders(String service) throws IOException {
        Path resources = root.resolve(service + "-service/src/main/resources");
        List<Path> files;
        try (Stream<Path> listed = Files.list(resources)) {
            files = listed.filter(p -> p.getFileName().toString().matches("application.*\\.ya?ml")).toList();
        }
        assertThat(files).as("application.yml of %s", service).isNotEmpty();
        Map<String, String> found = new java.util.HashMap<>();
        for (Path file : files) {
            Matcher m = PLACEHOLDER.matcher(Files.readString(file));
            while (m.find()) {
                found.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return found;
    }

    private static Map<String, Object> yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return new ArrayList<>((List<Object>) value);
    }
}
