package com.baobei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/k8s, checked by reading every document of every file its kustomization lists (no cluster here): every
 * workload has readiness and liveness probes (the services' on their actuator groups), CPU and memory requests and
 * limits, and a disruption budget selecting it; no secret is written in; every image carries the registry prefix;
 * Kafka is three KRaft nodes replicating three times with two in sync, initialised by docker-compose.yml's own
 * script; each service connects as its own database and Kafka user; the Ingress routes each service's API.
 */
class KubernetesManifestsTest {

    private static final List<String> SERVICES = List.copyOf(PlatformConfig.SERVICE_PORTS.keySet());
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|JAAS).*");
    /** Kubernetes' own expansion of another variable: the only way a secret's value may appear in a value. */
    private static final Pattern ONLY_REFERENCES = Pattern.compile("([^$]|\\$\\([A-Z_]+\\))*");

    private final Path root = RepositoryRoot.find();
    private final List<Map<String, Object>> documents = documents();

    @Test
    void every_workload_has_probes_requests_limits_and_a_disruption_budget() {
        List<Map<String, Object>> workloads = kinds("Deployment", "StatefulSet");
        assertThat(workloads).extracting(KubernetesManifestsTest::name)
                .containsExactlyInAnyOrder("kafka", "postgres", "identity", "registration", "visit", "attribution",
                        "commission");
        List<Map<String, Object>> budgets = kinds("PodDisruptionBudget");
        for (Map<String, Object> workload : workloads) {
            Map<String, Object> labels = map(map(map(map(workload.get("spec")).get("template")).get("metadata"))
                    .get("labels"));
            for (Map<String, Object> container : containers(workload)) {
                String what = name(workload) + "/" + container.get("name");
                assertThat(container).as(what).containsKeys("readinessProbe", "livenessProbe");
                Map<String, Object> resources = map(container.get("resources"));
                assertThat(map(resources.get("requests"))).as(what).containsKeys("cpu", "memory");
                assertThat(map(resources.get("limits"))).as(what).containsKeys("cpu", "memory");
            }
            assertThat(budgets).as("a PodDisruptionBudget selecting %s", name(workload)).anySatisfy(budget ->
                    assertThat(labels).containsAllEntriesOf(map(map(map(budget.get("spec")).get("selector"))
                            .get("matchLabels"))));
        }
    }

    @Test
    void the_services_probe_their_actuator_groups_and_keep_one_instance_through_a_drain() {
        for (String service : SERVICES) {
            Map<String, Object> deployment = workload("Deployment", service);
            Map<String, Object> container = containers(deployment).get(0);
            assertThat(map(map(container.get("readinessProbe")).get("httpGet")))
                    .containsEntry("path", "/actuator/health/readiness");
            assertThat(map(map(container.get("livenessProbe")).get("httpGet")))
                    .containsEntry("path", "/actuator/health/liveness");
            assertThat(map(deployment.get("spec")).get("replicas")).isEqualTo(2);
            Map<String, Object> budget = kinds("PodDisruptionBudget").stream()
                    .filter(b -> name(b).equals(service)).findFirst().orElseThrow();
            assertThat(map(budget.get("spec"))).containsEntry("minAvailable", 1);
        }
    }

    @Test
    void no_secret_is_written_in() {
        assertThat(kinds("Secret")).isEmpty();
        int fromSecrets = 0;
        for (Map<String, Object> workload : kinds("Deployment", "StatefulSet", "Job")) {
            for (Map<String, Object> container : containers(workload)) {
                for (Object item : list(container.getOrDefault("env", List.of()))) {
                    Map<String, Object> variable = map(item);
                    String name = (String) variable.get("name");
                    if (variable.containsKey("valueFrom")) {
                        assertThat(map(map(variable.get("valueFrom")).get("secretKeyRef"))).as(name)
                                .containsEntry("name", "baobei-secrets");
                        fromSecrets++;
                    } else if (SECRET_NAME.matcher(name).matches()) {
                        // a password or secret itself comes from the Secret; a JAAS line names it only as $(VAR)
                        assertThat(name).as(name(workload)).contains("JAAS");
                        assertThat(String.valueOf(variable.get("value")).replaceAll("=\"\\$\\([A-Z_]+\\)\"", ""))
                                .as("%s of %s", name, name(workload)).doesNotContain("password=", "user_admin=");
                    }
                    assertThat(String.valueOf(variable.get("value"))).as(name).matches(ONLY_REFERENCES);
                }
            }
        }
        assertThat(fromSecrets).isGreaterThanOrEqualTo(12);
    }

    @Test
    void every_image_carries_the_registry_prefix() {
        for (Map<String, Object> workload : kinds("Deployment", "StatefulSet", "Job")) {
            for (Map<String, Object> container : containers(workload)) {
                assertThat((String) container.get("image")).as(name(workload)).startsWith("${BAOBEI_IMAGE_PREFIX}baobei/");
            }
        }
        for (String service : SERVICES) {
            assertThat(containers(workload("Deployment", service)).get(0).get("image"))
                    .isEqualTo("${BAOBEI_IMAGE_PREFIX}baobei/" + service + "-service:${BAOBEI_IMAGE_TAG}");
        }
    }

    @Test
    void kafka_is_three_kraft_nodes_replicating_three_times_with_two_in_sync() {
        Map<String, Object> kafka = workload("StatefulSet", "kafka");
        assertThat(map(kafka.get("spec"))).containsEntry("replicas", 3).containsEntry("podManagementPolicy", "Parallel");
        Map<String, String> environment = environment(containers(kafka).get(0));
        assertThat(environment).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                .containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS",
                        "1@kafka-0.kafka:9093,2@kafka-1.kafka:9093,3@kafka-2.kafka:9093")
                .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
                .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
                .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3")
                .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .containsEntry("KAFKA_LISTENER_NAME_CLIENT_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512");
        Map<String, Object> budget = kinds("PodDisruptionBudget").stream().filter(b -> name(b).equals("kafka"))
                .findFirst().orElseThrow();
        // with two of three in sync needed, never two down at once
        assertThat(map(budget.get("spec"))).containsEntry("maxUnavailable", 1);
    }

    @Test
    void the_init_job_runs_the_compose_files_script_against_the_statefulset() {
        String job = String.valueOf(list(containers(workload("Job", "kafka-init")).get(0).get("args")).get(0));
        Map<String, Object> compose = yaml(root.resolve("docker-compose.yml")).get(0);
        String composeScript = String.valueOf(list(map(map(compose.get("services")).get("topics")).get("command")).get(0))
                .replace("$$", "$")
                .replace("B=kafka-1:9094,kafka-2:9094,kafka-3:9094", "B=kafka-0.kafka:9094,kafka-1.kafka:9094,kafka-2.kafka:9094");
        assertThat(job).isEqualTo(composeScript);
        assertThat(job).contains("--replication-factor 3 --config min.insync.replicas=2");
    }

    @Test
    void each_service_connects_as_its_own_database_and_kafka_user() {
        for (String service : SERVICES) {
            Map<String, Object> container = containers(workload("Deployment", service)).get(0);
            Map<String, String> environment = environment(container);
            assertThat(environment).containsEntry("SPRING_DATASOURCE_USERNAME", service)
                    .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/" + service)
                    .containsEntry("SERVER_PORT", String.valueOf(PlatformConfig.SERVICE_PORTS.get(service)))
                    .containsEntry("BAOBEI_TOPIC_REPLICATION_FACTOR", "3")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + service
                                    + "\" password=\"$(KAFKA_PASSWORD)\";");
            assertThat(secretKeys(container)).containsEntry("SPRING_DATASOURCE_PASSWORD", "db-" + service + "-password")
                    .containsEntry("KAFKA_PASSWORD", "kafka-" + service + "-password");
        }
    }

    @Test
    void the_ingress_routes_each_services_api_and_the_identity_provider() {
        List<Map<String, Object>> ingresses = kinds("Ingress");
        assertThat(ingresses).hasSize(1);
        List<String> routes = new ArrayList<>();
        for (Object rule : list(map(ingresses.get(0).get("spec")).get("rules"))) {
            for (Object path : list(map(map(rule).get("http")).get("paths"))) {
                Map<String, Object> service = map(map(map(path).get("backend")).get("service"));
                routes.add(map(path).get("path") + " -> " + service.get("name") + ":" + map(service.get("port")).get("number"));
            }
        }
        List<String> expected = new ArrayList<>();
        SERVICES.forEach(s -> expected.add("/" + s + "/(api/.*) -> " + s + ":" + PlatformConfig.SERVICE_PORTS.get(s)));
        expected.add("/identity/(.*) -> identity:9000");
        assertThat(routes).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(map(map(ingresses.get(0).get("metadata")).get("annotations")))
                .containsEntry("nginx.ingress.kubernetes.io/rewrite-target", "/$1");
    }

    private List<Map<String, Object>> documents() {
        Path directory = root.resolve("deploy/k8s");
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object resource : list(yaml(directory.resolve("kustomization.yaml")).get(0).get("resources"))) {
            all.addAll(yaml(directory.resolve(String.valueOf(resource))));
        }
        all.removeIf(Objects::isNull);
        return all;
    }

    private List<Map<String, Object>> kinds(String... kinds) {
        return documents.stream().filter(d -> List.of(kinds).contains(d.get("kind"))).toList();
    }

    private Map<String, Object> workload(String kind, String name) {
        return kinds(kind).stream().filter(d -> name(d).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static String name(Map<String, Object> document) {
        return String.valueOf(map(document.get("metadata")).get("name"));
    }

    private static List<Map<String, Object>> containers(Map<String, Object> workload) {
        Map<String, Object> podSpec = map(map(map(workload.get("spec")).get("template")).get("spec"));
        return list(podSpec.get("containers")).stream().map(KubernetesManifestsTest::map).toList();
    }

    private static Map<String, String> environment(Map<String, Object> container) {
        Map<String, String> values = new java.util.HashMap<>();
        for (Object item : list(container.get("env"))) {
            Map<String, Object> variable = map(item);
            if (variable.containsKey("value")) {
                values.put((String) variable.get("name"), String.valueOf(variable.get("value")));
            }
        }
        return values;
    }

    private static Map<String, String> secretKeys(Map<String, Object> container) {
        Map<String, String> keys = new java.util.HashMap<>();
        for (Object item : list(container.get("env"))) {
            Map<String, Object> variable = map(item);
            if (variable.containsKey("valueFrom")) {
                keys.put((String) variable.get("name"),
                        String.valueOf(map(map(variable.get("valueFrom")).get("secretKeyRef")).get("key")));
            }
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Map<String, Object>> loaded = new ArrayList<>();
            new Yaml().loadAll(reader).forEach(d -> loaded.add((Map<String, Object>) d));
            return loaded;
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
        return (List<Object>) value;
    }
}
