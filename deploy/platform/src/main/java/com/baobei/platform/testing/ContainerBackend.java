package com.baobei.platform.testing;

import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** Kafka and PostgreSQL 17 in containers, for machines with a Docker engine. */
final class ContainerBackend implements Backend {

    /**
     * The images, by name: Docker Hub's by default; {@code BAOBEI_KAFKA_IMAGE} / {@code BAOBEI_POSTGRES_IMAGE}
     * name others (a mirror, or images built offline for an air-gapped network) that behave the same.
     */
    static final DockerImageName KAFKA_IMAGE = image("BAOBEI_KAFKA_IMAGE", "apache/kafka:3.9.1", "apache/kafka");
    static final DockerImageName POSTGRES_IMAGE = image("BAOBEI_POSTGRES_IMAGE", "postgres:17", "postgres");

    private final KafkaContainer kafka;
    private final PostgreSQLContainer<?> postgres;

    private ContainerBackend(KafkaContainer kafka, PostgreSQLContainer<?> postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    static ContainerBackend start() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>(POSTGRES_IMAGE)
                .withDatabaseName("postgres")
                .withUsername("postgres")
                .withPassword("postgres");
        try {
            kafka.start();
            postgres.start();
        } catch (RuntimeException e) {
            kafka.stop();
            postgres.stop();
            throw e;
        }
        return new ContainerBackend(kafka, postgres);
    }

    private static DockerImageName image(String variable, String standard, String compatibleWith) {
        String name = System.getProperty(variable, System.getenv(variable));
        if (name == null || name.isBlank()) {
            return DockerImageName.parse(standard);
        }
        return DockerImageName.parse(name).asCompatibleSubstituteFor(compatibleWith);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)
                + "/" + database;
    }

    @Override
    public String username() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }

    @Override
    public String kind() {
        return "Testcontainers (" + KAFKA_IMAGE + ", " + POSTGRES_IMAGE + ")";
    }

    @Override
    public void stop() {
        kafka.stop();
        postgres.stop();
    }
}
