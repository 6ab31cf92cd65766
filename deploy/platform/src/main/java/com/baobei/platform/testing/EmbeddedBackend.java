package com.baobei.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A Kafka broker in KRaft combined mode inside the test JVM and a PostgreSQL server from zonky's binaries
 * (a real {@code postgres} process). Used when no Docker engine answers.
 */
final class EmbeddedBackend implements Backend {

    private final EmbeddedKafkaKraftBroker kafka;
    private final EmbeddedPostgres postgres;

    private EmbeddedBackend(EmbeddedKafkaKraftBroker kafka, EmbeddedPostgres postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    static EmbeddedBackend start() {
        EmbeddedPostgres postgres = startPostgres();
        try {
            return new EmbeddedBackend(startKafka(), postgres);
        } catch (RuntimeException e) {
            closeQuietly(postgres);
            throw e;
        }
    }

    private static EmbeddedKafkaKraftBroker startKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        // One broker: every internal topic must be satisfied by a single replica.
        broker.brokerProperties(Map.of(
                "offsets.topic.replication.factor", "1",
                "offsets.topic.num.partitions", "5",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "transaction.state.log.num.partitions", "5",
                "min.insync.replicas", "1",
                "group.initial.rebalance.delay.ms", "0",
                "auto.create.topics.enable", "true"));
        broker.afterPropertiesSet();
        return broker;
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            // The closing order is ours (contexts, then Kafka, then PostgreSQL), so no hook of zonky's own.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
            // e.g. -Dbaobei.postgres.config=shared_preload_libraries=pg_stat_statements for a benchmark's profile
            for (String setting : System.getProperty("baobei.postgres.config", "").split(",")) {
                int equals = setting.indexOf('=');
                if (equals > 0) {
                    builder.setServerConfig(setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
                }
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        // zonky's server trusts local connections; the password is there for code that insists on one.
        return "postgres";
    }

    @Override
    public String kind() {
        return "embedded (Kafka KRaft broker in this JVM, PostgreSQL server process from zonky binaries)";
    }

    @Override
    public void stop() {
        try {
            kafka.destroy();
        } catch (RuntimeException e) {
            // The JVM is exiting; a broker that does not stop cleanly must not hide PostgreSQL's stop.
        }
        closeQuietly(postgres);
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // exiting anyway
        }
    }
}
