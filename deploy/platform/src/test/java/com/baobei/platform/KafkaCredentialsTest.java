package com.baobei.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords generated once, kept owner-only, handed to services as the variables Spring Boot binds. */
class KafkaCredentialsTest {

    @TempDir
    Path directory;

    @Test
    void a_users_password_is_generated_once_kept_owner_only_and_survives_a_restart() throws Exception {
        Path file = directory.resolve("kafka/credentials.properties");
        KafkaCredentials first = KafkaCredentials.load(file);
        assertThat(first.fileExists()).isFalse();

        String password = first.password("attribution");
        assertThat(password).matches("[A-Za-z0-9]{32}").isEqualTo(first.password("attribution"));
        assertThat(first.password("commission")).isNotEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(KafkaCredentials.load(file).password("attribution")).isEqualTo(password);
    }

    @Test
    void a_service_gets_its_login_as_spring_kafka_properties_variables() {
        KafkaCredentials credentials = KafkaCredentials.load(directory.resolve("credentials.properties"));
        String password = credentials.password("visit");

        assertThat(credentials.springEnvironment("visit")).containsExactly(
                java.util.Map.entry("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_PLAINTEXT"),
                java.util.Map.entry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512"),
                java.util.Map.entry("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"visit\" password=\""
                                + password + "\";"));
    }

    @Test
    void kafka_data_made_before_the_broker_authenticated_is_refused_with_the_way_out() throws Exception {
        Path kafka = directory.resolve("kafka");
        Files.createDirectories(kafka.resolve("data"));
        Files.writeString(kafka.resolve("data/meta.properties"), "node.id=1\n");

        assertThatThrownBy(() -> KafkaBroker.start(kafka, directory.resolve("logs/kafka.log"), 1, 2, "none", List.of(),
                directory, new Pids(directory.resolve("pids"))))
                .isInstanceOf(PlatformException.class).hasMessageContaining("./run.sh --fresh");
        assertThat(kafka.resolve("credentials.properties")).doesNotExist();
    }
}
