package com.baobei.registration.it;

import com.baobei.contracts.Ids;
import com.baobei.platform.testing.CrashDrill;
import com.baobei.platform.testing.JarProcess;
import com.baobei.platform.testing.TopicReader;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Topics;
import com.baobei.contracts.registration.Registered;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.registration.testing.MasterDataSeed;
import java.net.URI;

import java.net.http.HttpRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The publishing side is killed with SIGKILL while registrations are being stored and sent.
 * After a restart every stored registration is on the topic: re-sends may repeat an event id,
 * but no stored event is missing.
 */
class PublisherCrashIT {

    private static final int REGISTRATIONS = 300;

    @Test
    void killingThePublisherMidStreamLosesNothing() throws Exception {
        RealInfrastructure infra = RealInfrastructure.shared();
        infra.createTopics();
        String database = "registration_crash_it";
        String jdbcUrl = infra.jdbcUrl(database);
        Path jar = Path.of("target/registration-service.jar");
        assertThat(jar).exists();
        Path log = Files.createDirectories(Path.of("target/it-logs")).resolve("crash-it-service.log");
        JarProcess service = new JarProcess(jar, Map.of(
                "SPRING_DATASOURCE_URL", jdbcUrl,
                "SPRING_DATASOURCE_USERNAME", infra.username(),
                "SPRING_DATASOURCE_PASSWORD", infra.password(),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers(),
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", TestTokens.ISSUER,
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION",
                "file:" + TestTokens.shared().publicKeyFile(),
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", TestTokens.AUDIENCE,
                // its own database, so an erasure group of its own: a member killed by SIGKILL never leaves its group,
                // and sharing the test JVM's group held EvidenceErasureIT's erasures for a session timeout (45 s)
                "BAOBEI_ERASURES_CONSUMER_GROUP", "registration-erasures-crash-" + Ids.newId()), log.toFile());
        String project = "crash-" + Ids.newId();
        // the master data the drill's registrations name (ADR 0014), put in before the drill starts the service again
        service.start();
        MasterDataSeed.tenant(service.baseUrl(), "t-crash").projects(project).channel("c1", "AGENCY", "a1");
        service.kill();

        CrashDrill.run(service, REGISTRATIONS, n -> request(service, project, n));

        Set<String> stored = storedRegistrationIds(jdbcUrl, infra, project);
        assertThat(stored).hasSizeGreaterThanOrEqualTo(REGISTRATIONS);
        Set<String> eventIds = new HashSet<>();
        Set<String> published = new HashSet<>();
        try (TopicReader reader = new TopicReader(infra.kafkaBootstrapServers(), Topics.REGISTRATION_EVENTS.name())) {
            List<ConsumerRecord<String, byte[]>> read = reader.readUntil(
                    records -> registrationIds(records, project, eventIds).size() >= stored.size(),
                    Duration.ofSeconds(90));
            published.addAll(registrationIds(read, project, eventIds));
            long records = read.stream().filter(r -> r.key().endsWith(":" + project)).count();
            System.out.printf("PublisherCrashIT: %d stored, %d records on the topic, %d distinct event ids%n",
                    stored.size(), records, eventIds.size());
        }
        assertThat(published).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(eventIds).hasSize(stored.size());
        service.kill();
    }

    private static final String TOKEN = TestTokens.shared().agent("t-crash", "c1", "a1");

    private static HttpRequest request(JarProcess service, String project, int n) {
        String body = """
                {"tenantId":"t-crash","projectId":"%s","channelId":"c1","channelKind":"AGENCY","agentId":"a1",
                 "clientSurname":"王","maskedPhone":"138****%04d"}""".formatted(project, n % 10_000);
        return HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/v1/registrations"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static Set<String> registrationIds(List<ConsumerRecord<String, byte[]>> records, String project,
                                               Set<String> eventIds) {
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.key().endsWith(":" + project)) {
                EventEnvelope envelope = EventJson.read(record.value());
                eventIds.add(envelope.eventId());
                ids.add(((Registered) envelope.data()).registrationId());
            }
        }
        return ids;
    }

    private static Set<String> storedRegistrationIds(String jdbcUrl, RealInfrastructure infra, String project)
            throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, infra.username(), infra.password());
             PreparedStatement select = connection.prepareStatement(
                     "select registration_id from registration_view where tenant_id = ? and project_id = ?")) {
            select.setString(1, "t-crash");
            select.setString(2, project);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
