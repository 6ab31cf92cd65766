package com.baobei.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Topics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class RealInfrastructureIT {

    private static final Logger log = LoggerFactory.getLogger(RealInfrastructureIT.class);
    private final RealInfrastructure infrastructure = RealInfrastructure.shared();

    @Test
    void a_record_goes_through_the_broker_and_comes_back() throws Exception {
        String topic = "platform.it." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }

        RecordMetadata written;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            written = producer.send(new ProducerRecord<>(topic, "tenant:project", "hello broker")).get();
        }

        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "platform-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (read.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(read::add);
            }
        }

        log.info("Produced and consumed through the real broker at {} (topic {}, partition {}, offset {})",
                infrastructure.kafkaBootstrapServers(), topic, written.partition(), written.offset());
        assertThat(read).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("tenant:project");
            assertThat(record.value()).isEqualTo("hello broker");
            assertThat(record.offset()).isEqualTo(written.offset());
        });
    }

    @Test
    void every_shared_topic_and_its_dead_letter_topic_exists_with_its_partitions() throws Exception {
        infrastructure.createTopics();
        infrastructure.createTopics();

        Map<String, TopicDescription> described;
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
            Set<String> names = Topics.shared().stream()
                    .flatMap(t -> java.util.stream.Stream.of(t.name(), t.deadLetter()))
                    .collect(Collectors.toSet());
            described = admin.describeTopics(names).allTopicNames().get();
        }
        for (Topics.Topic topic : Topics.shared()) {
            assertThat(described.get(topic.name()).partitions()).hasSize(topic.partitions());
            assertThat(described.get(topic.deadLetter()).partitions()).hasSize(topic.partitions());
        }
    }

    @Test
    void a_table_is_created_written_and_read_in_postgresql() throws Exception {
        String url = infrastructure.jdbcUrl("platform_it");
        assertThat(infrastructure.jdbcUrl("platform_it")).isEqualTo(url);

        try (Connection connection = DriverManager.getConnection(url, infrastructure.username(),
                infrastructure.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists greeting (id bigint primary key, text varchar(40) not null)");
            statement.execute("delete from greeting");
            statement.execute("insert into greeting values (1, 'hello database')");
            String version;
            try (ResultSet rows = statement.executeQuery("show server_version")) {
                rows.next();
                version = rows.getString(1);
            }
            try (ResultSet rows = statement.executeQuery("select current_database(), text from greeting where id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("platform_it");
                assertThat(rows.getString(2)).isEqualTo("hello database");
            }
            log.info("Created, wrote and read a table in real PostgreSQL {} at {}", version, url);
            assertThat(version).startsWith("17.");
        }
    }
}
