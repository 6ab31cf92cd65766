package com.baobei.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.contracts.Topics;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0013 against the real broker process of {@code ./run.sh}: a partner with huajing's credentials reads huajing's
 * decisions and is refused qinghe's, the shared facts, other groups and writing; strangers are refused. The
 * decisions are produced as the attribution service produces them: with its user, by a stand-in process that got
 * its credentials from the platform the way the real service does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerStreamsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path data;

    private RunningPlatform platform;

    @BeforeAll
    void start() throws Exception {
        ServiceSpec attribution = new ServiceSpec("attribution", 0, "attribution",
                List.of("-cp", System.getProperty("java.class.path"), StandInService.class.getName()));
        platform = Platform.start(PlatformConfig.defaults(RepositoryRoot.find())
                .withDataDirectory(data)
                .withAnyFreePorts()
                .withServices(List.of(attribution))
                .withReadinessTimeout(Duration.ofMinutes(2)));
        try (KafkaProducer<String, String> producer = producer("attribution")) {
            for (String tenant : List.of("huajing", "qinghe")) {
                producer.send(new ProducerRecord<>(Topics.REGISTRATION_VERDICTS.name(tenant),
                        tenant + ":p1:138****5678", "{\"tenantId\":\"" + tenant + "\"}")).get();
            }
        }
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void a_partner_reads_its_tenants_decisions_with_the_file_run_sh_prints() throws Exception {
        Path file = data.resolve("kafka/partners/huajing.partner.properties");
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings.load(reader);
        }
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> partner =
                     new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            partner.subscribe(List.of(Topics.REGISTRATION_VERDICTS.name("huajing")));
            List<ConsumerRecord<String, String>> read = pollUntilSomething(partner);
            assertThat(read).extracting(ConsumerRecord::value).containsExactly("{\"tenantId\":\"huajing\"}");
            partner.commitSync();
        }
        assertThat(settings.getProperty("group.id")).startsWith("huajing.partner");
        for (Path secret : List.of(file, data.resolve("kafka/credentials.properties"),
                data.resolve("kafka/server.properties"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).as(secret.toString())
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void a_partner_sees_only_its_tenants_topics_and_not_a_tenant_that_came_later() throws Exception {
        // a new tenant: its writer creates its topics, as the attribution service does on a tenant's first decision
        try (Admin admin = Admin.create(platform.kafkaClientProperties("attribution"))) {
            admin.createTopics(List.of(new NewTopic(Topics.REGISTRATION_VERDICTS.name("xinyuan"), 6, (short) 1)))
                    .all().get();
        }
        try (KafkaConsumer<String, String> partner = consumer("huajing.partner", "huajing.partner-list")) {
            assertThat(partner.listTopics(WAIT).keySet()).isNotEmpty()
                    .allMatch(topic -> topic.startsWith("baobei.huajing."))
                    .contains(Topics.REGISTRATION_VERDICTS.name("huajing"), Topics.STATEMENTS.deadLetter("huajing"));
        }
    }

    @Test
    void a_partner_is_refused_another_tenants_topics_and_the_shared_facts() {
        for (String topic : List.of(Topics.REGISTRATION_VERDICTS.name("qinghe"), Topics.OWNERSHIP.name("qinghe"),
                Topics.PURCHASE_ATTRIBUTIONS.name("qinghe"), Topics.STATEMENTS.name("qinghe"),
                Topics.REGISTRATION_EVENTS.name(), Topics.VISIT_EVENTS.name())) {
            try (KafkaConsumer<String, String> partner = consumer("huajing.partner", "huajing.partner-" + UUID.randomUUID())) {
                partner.subscribe(List.of(topic));
                assertThatThrownBy(() -> pollUntilSomething(partner)).as(topic)
                        .isInstanceOf(TopicAuthorizationException.class)
                        .satisfies(e -> assertThat(((TopicAuthorizationException) e).unauthorizedTopics())
                                .containsExactly(topic));
            }
        }
    }

    @Test
    void a_partner_is_refused_another_tenants_group_and_writing() {
        try (KafkaConsumer<String, String> partner = consumer("huajing.partner", "qinghe.partner")) {
            partner.subscribe(List.of(Topics.REGISTRATION_VERDICTS.name("huajing")));
            assertThatThrownBy(() -> pollUntilSomething(partner)).isInstanceOf(GroupAuthorizationException.class);
        }
        // not idempotent: an idempotent producer would be refused its producer id first (no WRITE on any topic)
        Map<String, Object> plain = Map.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false, ProducerConfig.ACKS_CONFIG, "1");
        try (KafkaProducer<String, String> partner = producer("huajing.partner", plain)) {
            assertThatThrownBy(() -> partner.send(new ProducerRecord<>(Topics.REGISTRATION_VERDICTS.name("huajing"),
                    "k", "forged")).get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void the_attribution_service_may_not_write_the_facts_it_reads() {
        try (KafkaProducer<String, String> attribution = producer("attribution")) {
            assertThatThrownBy(() -> attribution.send(new ProducerRecord<>(Topics.REGISTRATION_EVENTS.name(),
                    "huajing:p1", "forged")).get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void strangers_are_refused() {
        Map<String, Object> wrongPassword = platform.kafkaClientProperties("huajing.partner");
        wrongPassword.put("sasl.jaas.config", KafkaCredentials.jaasConfig(
                "org.apache.kafka.common.security.scram.ScramLoginModule", "huajing.partner", "guessed"));
        try (KafkaConsumer<String, String> stranger = consumer(wrongPassword, "huajing.partner-x")) {
            assertThatThrownBy(() -> stranger.listTopics(WAIT)).isInstanceOf(SaslAuthenticationException.class);
        }
        // a user the broker does not know (it has a password in the file, but no SCRAM credentials)
        try (KafkaConsumer<String, String> stranger = consumer("nobody", "nobody")) {
            assertThatThrownBy(() -> stranger.listTopics(WAIT)).isInstanceOf(SaslAuthenticationException.class);
        }
        // no SASL at all: the broker closes the connection, the client never gets an answer
        Map<String, Object> plaintext = new HashMap<>();
        plaintext.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers());
        try (KafkaConsumer<String, String> stranger = consumer(plaintext, "huajing.partner-y")) {
            assertThatThrownBy(() -> stranger.listTopics(Duration.ofSeconds(5))).isInstanceOf(TimeoutException.class);
        }
    }

    private KafkaConsumer<String, String> consumer(String user, String group) {
        return consumer(platform.kafkaClientProperties(user), group);
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> client, String group) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer(String user) {
        return producer(user, Map.of());
    }

    private KafkaProducer<String, String> producer(String user, Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(platform.kafkaClientProperties(user));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putAll(overrides);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Polls until records arrive (or an authorization error is thrown), at most {@link #WAIT}. */
    private static List<ConsumerRecord<String, String>> pollUntilSomething(KafkaConsumer<String, String> consumer) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (read.isEmpty() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(read::add);
        }
        return read;
    }
}
