package com.baobei.visit.it;

import com.baobei.contracts.Ids;
import com.baobei.visit.testing.MasterDataSeed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import com.baobei.platform.testing.CrashDrill;
import com.baobei.platform.testing.JarProcess;
import com.baobei.platform.testing.TopicReader;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.PersonalData;
import com.baobei.contracts.Topics;
import com.baobei.contracts.visit.Visited;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import java.net.URI;

import java.net.http.HttpRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The service is killed with SIGKILL while visits are being stored and published. After a restart
 * every stored visit is on the topic: re-sends may repeat an event id, but none is missing. The
 * service's own log never shows one of the full numbers it was given (ID-4).
 */
class PublisherCrashIT {

    private static final int VISITS = 300;
    private static final String TOKEN = TestTokens.shared().office("CONSULTANT", "cs-a", "t-crash");

    @Test
    void killingThePublisherMidStreamLosesNothing() throws Exception {
        RealInfrastructure infra = RealInfrastructure.shared();
        infra.createTopics();
        String jdbcUrl = infra.jdbcUrl("visit_crash_it");
        Path jar = Path.of("target/visit-service.jar");
        assertThat(jar).exists();
        Path log = Files.createDirectories(Path.of("target/it-logs")).resolve("crash-it-service.log");
        Files.deleteIfExists(log);
        JarProcess service = new JarProcess(jar, Map.of(
                "SPRING_DATASOURCE_URL", jdbcUrl,
                "SPRING_DATASOURCE_USERNAME", infra.username(),
                "SPRING_DATASOURCE_PASSWORD", infra.password(),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers(),
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", TestTokens.ISSUER,
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION",
                "file:" + TestTokens.shared().publicKeyFile(),
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", TestTokens.AUDIENCE,
                // its own database, so its own copy of the master data: a group of its own reads the whole topic
                "BAOBEI_MASTER_DATA_CONSUMER_GROUP", "visit-master-data-crash-" + Ids.newId(),
                "BAOBEI_DISPUTES_CONSUMER_GROUP", "visit-disputes-crash-" + Ids.newId()), log.toFile());
        String project = "crash-" + Ids.newId();
        service.start();
        MasterDataSeed.project(new JdbcTemplate(new DriverManagerDataSource(jdbcUrl, infra.username(),
                infra.password())), "t-crash", project);
        service.kill();

        int accepted = CrashDrill.run(service, VISITS, n -> request(service, project, n));

        Set<String> stored = storedVisitIds(jdbcUrl, infra, project);
        assertThat(stored).hasSizeGreaterThanOrEqualTo(VISITS);
        Set<String> eventIds = new HashSet<>();
        Set<String> published = new HashSet<>();
        try (TopicReader reader = new TopicReader(infra.kafkaBootstrapServers(), Topics.VISIT_EVENTS.name())) {
            List<ConsumerRecord<String, byte[]>> read = reader.readUntil(
                    records -> visitIds(records, project, eventIds).size() >= stored.size(), Duration.ofSeconds(90));
            published.addAll(visitIds(read, project, eventIds));
            long records = read.stream().filter(r -> r.key().endsWith(":" + project)).count();
            System.out.printf("PublisherCrashIT: %d stored, %d records on the topic, %d distinct event ids%n",
                    stored.size(), records, eventIds.size());
            for (ConsumerRecord<String, byte[]> record : read) {
                PersonalData.assertNoFullPhoneNumbers(record.value());
            }
        }
        assertThat(published).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(eventIds).hasSize(stored.size());
        service.kill();
        String serviceLog = Files.readString(log);
        for (int i = 0; i < accepted + 8; i++) {
            assertThat(serviceLog.contains(phone(i))).as("full number in the service log").isFalse();
        }
    }

    private static String phone(int i) {
        return "138%08d".formatted(i);
    }

    private static HttpRequest request(JarProcess service, String project, int n) {
        String at = Instant.now().minus(1, ChronoUnit.MINUTES).toString();
        String body = """
                {"tenantId":"t-crash","projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s",
                 "visitedAt":"%s","consultantId":"cs-a"}""".formatted(project, phone(n), at);
        return HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/v1/visits"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static Set<String> visitIds(List<ConsumerRecord<String, byte[]>> records, String project,
                                        Set<String> eventIds) {
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.key().endsWith(":" + project)) {
                EventEnvelope envelope = EventJson.read(record.value());
                eventIds.add(envelope.eventId());
                ids.add(((Visited) envelope.data()).visitId());
            }
        }
        return ids;
    }

    private static Set<String> storedVisitIds(String jdbcUrl, RealInfrastructure infra, String project)
            throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, infra.username(), infra.password());
             PreparedStatement select = connection.prepareStatement(
                     "select visit_id from visit_view where project_id = ?")) {
            select.setString(1, project);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
