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
 * No Docker engine runs here, so docker-compose.yml is checked by reading it: every service is there, sets only
 * variables the service reads and publishes the port it listens on, and the topics match the declared ones with
 * replication factor 3 and min.insync.replicas 2.
 */
class ComposeFileTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final List<String> SERVICES = List.copyOf(PlatformConfig.SERVICE_PORTS.keySet());
    private static final String BROKERS = "kafka-1:9092,kafka-2:9092,kafka-3:9092";

    private final Path root = RepositoryRoot.find();
    private final Map<String, Object> compose = yaml(root.resolve("docker-compose.yml"));
    private final Map<String, Object> services = map(compose.get("services"));

    @Test
    void every_service_is_built_from_the_deploy_dockerfile() {
        assertThat(services).containsKeys(SERVICES.toArray(String[]::new));
        for (String service : SERVICES) {
            Map<String, Object> build = map(map(services.get(service)).get("build"));
            assertThat(build.get("context")).isEqualTo(".");
            assertThat(root.resolve((String) build.get("dockerfile"))).isRegularFile();
            assertThat(map(build.get("args"))).containsEntry("SERVICE", service);
        }
        assertThat(root.resolve("deploy/Dockerfile.service")).content()
                .contains("${SERVICE}-service/target/${SERVICE}-service.jar");
    }

    @Test
    void each_service_sets_only_variables_it_reads_and_publishes_the_port_it_listens_on() throws IOException {
        for (String service : SERVICES) {
            Map<String, String> readByService = placeholders(service);
            Map<String, Object> environment = map(map(services.get(service)).get("environment"));

            assertThat(readByService.keySet()).as("variables read by %s", service)
                    .containsAll(environment.keySet());
            assertThat(environment.keySet()).as("environment of %s", service).contains("SERVER_PORT",
                    "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS", "BAOBEI_TOPIC_REPLICATION_FACTOR");

            String port = String.valueOf(PlatformConfig.SERVICE_PORTS.get(service));
            assertThat(readByService.get("SERVER_PORT")).as("default port of %s", service).isEqualTo(port);
            assertThat(environment.get("SERVER_PORT")).hasToString(port);
            assertThat(list(map(services.get(service)).get("ports"))).containsExactly(port + ":" + port);

            assertThat(environment.get("SPRING_DATASOURCE_URL"))
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + service);
            assertThat(environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(BROKERS);
            assertThat(environment.get("BAOBEI_TOPIC_REPLICATION_FACTOR")).hasToString("3");
        }
    }

    @Test
    void postgres_creates_one_database_per_service() throws IOException {
        Map<String, Object> postgres = map(services.get("postgres"));
        assertThat((String) postgres.get("image")).startsWith("postgres:17");
        String mount = list(postgres.get("volumes")).stream().map(String::valueOf)
                .filter(v -> v.contains("/docker-entrypoint-initdb.d/")).findFirst().orElseThrow();
        String script = Files.readString(root.resolve(mount.substring(0, mount.indexOf(':'))));
        for (String service : SERVICES) {
            assertThat(script).containsPattern("(?i)create database " + service + ";");
        }
    }

    @Test
    void three_kraft_brokers_replicate_three_times_and_need_two_in_sync() {
        for (int node = 1; node <= 3; node++) {
            Map<String, Object> environment = map(map(services.get("kafka-" + node)).get("environment"));
            assertThat(environment).containsEntry("KAFKA_NODE_ID", String.valueOf(node))
                    .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                    .containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093")
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2")
                    .containsEntry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka-" + node + ":9092");
        }
    }

    @Test
    void the_topic_container_creates_exactly_the_declared_topics() {
        String script = String.join("\n", list(map(services.get("topics")).get("command")).stream()
                .map(String::valueOf).toList());
        Pattern create = Pattern.compile("kafka-topics\\.sh --bootstrap-server (\\S+) --create --if-not-exists"
                + " --topic (\\S+) --partitions (\\d+) --replication-factor (\\d+) --config min\\.insync\\.replicas=(\\d+)"
                + "( --config cleanup\\.policy=compact)?");
        Set<String> created = new TreeSet<>();
        for (String line : script.lines().map(String::trim).filter(l -> l.startsWith("kafka-topics.sh")).toList()) {
            Matcher m = create.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(m.group(1)).isEqualTo(BROKERS);
            assertThat(m.group(4)).as("replication factor of %s", m.group(2)).isEqualTo("3");
            assertThat(m.group(5)).as("min.insync.replicas of %s", m.group(2)).isEqualTo("2");
            created.add(m.group(2) + "/" + m.group(3) + (m.group(6) != null ? "/compact" : ""));
        }
        Set<String> declared = new TreeSet<>();
        for (Topics.Topic topic : Topics.all()) {
            declared.add(topic.name() + "/" + topic.partitions() + (topic.compacted() ? "/compact" : ""));
            declared.add(topic.deadLetter() + "/" + topic.partitions());
        }
        assertThat(created).isEqualTo(declared);
        Map<String, Object> dependsOn = map(map(services.get("topics")).get("depends_on"));
        assertThat(dependsOn).containsOnlyKeys("kafka-1", "kafka-2", "kafka-3");
        for (String service : SERVICES) {
            assertThat(map(map(map(services.get(service)).get("depends_on")).get("topics")))
                    .containsEntry("condition", "service_completed_successfully");
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
