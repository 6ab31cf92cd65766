package com.baobei.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.contracts.Topics;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher end to end, with a stand-in service: a real broker process, a real PostgreSQL, the real identity
 * provider, topics, databases, readiness, tokens; a crashed service restarts; a second launcher on the same data is
 * refused; data and the signing key survive a restart; nothing is left running.
 */
class PlatformIT {

    private static final Logger log = LoggerFactory.getLogger(PlatformIT.class);

    @TempDir
    Path data;

    private PlatformConfig config() {
        ServiceSpec standIn = new ServiceSpec("stand-in", 0, "stand_in",
                List.of("-cp", System.getProperty("java.class.path"), StandInService.class.getName()));
        return PlatformConfig.defaults(RepositoryRoot.find())
                .withDataDirectory(data)
                .withAnyFreePorts()
                .withServices(List.of(standIn))
                .withReadinessTimeout(Duration.ofMinutes(2));
    }

    @Test
    void starts_everything_keeps_data_across_restarts_and_leaves_nothing_running() throws Exception {
        Set<Long> children;
        String firstToken;
        try (RunningPlatform platform = Platform.start(config())) {
            log.info("Platform up in {} ms: Kafka {}, PostgreSQL {}", platform.startupTime().toMillis(),
                    platform.kafkaBootstrapServers(), platform.jdbcUrl("stand_in"));
            assertThat(readiness(platform.serviceUrl("stand-in"))).contains("\"status\":\"UP\"");
            assertEveryTopicDeclared(platform.kafkaClientProperties());
            sql(platform, "create table kept (value text); insert into kept values ('across restarts')");
            firstToken = platform.token("huajing.jiayuan-01", "demo");
            JWTClaimsSet claims = verified(platform, firstToken);
            assertThat(claims.getIssuer()).isEqualTo(platform.issuerUri().toString());
            assertThat(claims.getSubject()).isEqualTo("huajing.jiayuan-01");
            assertThat(claims.getAudience()).containsExactly("baobei");
            assertThat(claims.getStringClaim("tenant")).isEqualTo("huajing");
            assertThat(claims.getStringListClaim("roles")).containsExactly("CHANNEL_AGENT");
            assertThat(claims.getStringClaim("channel")).isEqualTo("jiayuan");
            assertThat(claims.getStringClaim("agent")).isEqualTo("jiayuan-01");
            assertThatThrownBy(() -> platform.token("huajing.jiayuan-01", "wrong"))
                    .isInstanceOf(PlatformException.class).hasMessageContaining("HTTP 401");
            assertThat(data.resolve("identity/jwk.json")).exists();
            assertThat(platform.logFile("identity")).exists();

            Set<Long> firstChildren = recordedPids();
            assertThat(firstChildren).hasSize(4); // kafka, postgres, the identity provider, the stand-in service
            assertThat(firstChildren).allMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

            platform.crash("stand-in");
            assertThatThrownBy(() -> readiness(platform.serviceUrl("stand-in"))).isInstanceOf(java.io.IOException.class);
            platform.restart("stand-in");
            assertThat(readiness(platform.serviceUrl("stand-in"))).contains("\"status\":\"UP\"");
            children = recordedPids();
            assertThat(children).hasSize(5).containsAll(firstChildren);

            assertThatThrownBy(() -> Platform.start(config()))
                    .isInstanceOf(PlatformException.class)
                    .hasMessageContaining("already running");
        }
        assertThat(children).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

        try (RunningPlatform again = Platform.start(config())) {
            assertThat(sql(again, "select value from kept")).isEqualTo("across restarts");
            // the same signing key: a token of the first run still verifies
            assertThat(verified(again, firstToken).getSubject()).isEqualTo("huajing.jiayuan-01");
            assertEveryTopicDeclared(again.kafkaClientProperties());
        }

        try (RunningPlatform fresh = Platform.start(config().withFresh(true))) {
            assertThat(sql(fresh, "select count(*) from pg_tables where tablename = 'kept'")).isEqualTo("0");
        }
    }

    @Test
    void what_dies_is_started_again_postgres_included_and_keeps_its_data() throws Exception {
        Set<Long> children;
        try (RunningPlatform platform = Platform.start(config())) {
            long postgres = platform.pid("postgres");
            assertThat(ProcessHandle.current().children().map(ProcessHandle::pid))
                    .as("PostgreSQL is the launcher's own child, not in a session of its own").contains(postgres);
            sql(platform, "create table kept (value text); insert into kept values ('across a crash')");

            for (String name : List.of("postgres", "stand-in", "identity", "kafka")) {
                int before = platform.restarts().size();
                long pid = platform.pid(name);
                ProcessHandle.of(pid).orElseThrow().destroyForcibly();
                RunningPlatform.Restart restart = awaitRestart(platform, name, before);
                log.info("{} killed and back, healthy {} ms after its death", name, restart.toHealthy().toMillis());
                assertThat(restart.number()).isEqualTo(1);
                assertThat(platform.pid(name)).isNotEqualTo(pid);
            }
            assertThat(sql(platform, "select value from kept")).isEqualTo("across a crash");
            assertThat(readiness(platform.serviceUrl("stand-in"))).contains("\"status\":\"UP\"");
            assertThat(verified(platform, platform.token("huajing.jiayuan-01", "demo")).getSubject())
                    .isEqualTo("huajing.jiayuan-01");
            assertEveryTopicDeclared(platform.kafkaClientProperties());
            children = recordedPids();
        }
        // a clean stop is not a death: nothing was started again behind it
        assertThat(children).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList()).isEmpty();
    }

    private static RunningPlatform.Restart awaitRestart(RunningPlatform platform, String name, int before)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            List<RunningPlatform.Restart> restarts = platform.restarts();
            for (RunningPlatform.Restart restart : restarts.subList(before, restarts.size())) {
                if (restart.name().equals(name)) {
                    return restart;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " was not started again; restarts: " + platform.restarts());
    }

    /** The token's claims, its signature checked against the identity provider's published keys. */
    private static JWTClaimsSet verified(RunningPlatform platform, String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        String keys = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(platform.issuerUri() + "/oauth2/jwks")).build(), HttpResponse.BodyHandlers.ofString()).body();
        RSAKey key = (RSAKey) JWKSet.parse(keys).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("key %s published", jwt.getHeader().getKeyID()).isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    private Set<Long> recordedPids() throws Exception {
        try (Stream<String> lines = Files.lines(data.resolve("platform.pids"))) {
            return lines.map(line -> Long.parseLong(line.split("\t")[0])).collect(Collectors.toSet());
        }
    }

    private static String readiness(URI service) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(service.resolve("/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    /** The shared topics and those of the known tenants, each with its dead-letter topic. */
    private static void assertEveryTopicDeclared(Map<String, Object> admin) throws Exception {
        List<Topics.Topic> topics = new java.util.ArrayList<>(Topics.shared());
        KafkaAccess.KNOWN_TENANTS.forEach(tenant -> topics.addAll(Topics.ofTenant(tenant)));
        assertThat(topics).hasSize(3 + 5 * 2); // registration, visit, master data; five of each known tenant
        try (Admin client = Admin.create(admin)) {
            for (Topics.Topic topic : topics) {
                Map<String, TopicDescription> described =
                        client.describeTopics(List.of(topic.name(), topic.deadLetter())).allTopicNames().get();
                assertThat(described.get(topic.name()).partitions()).hasSize(topic.partitions());
                assertThat(described.get(topic.deadLetter()).partitions()).hasSize(topic.partitions());
            }
        }
    }

    /** Runs the statements; returns the first column of the first row of the last one, if it has rows. */
    private static String sql(RunningPlatform platform, String statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(platform.jdbcUrl("stand_in"),
                platform.databaseUsername(), platform.databasePassword());
             Statement statement = connection.createStatement()) {
            String result = null;
            for (String sql : statements.split(";")) {
                if (statement.execute(sql.trim())) {
                    try (ResultSet rows = statement.getResultSet()) {
                        result = rows.next() ? rows.getString(1) : null;
                    }
                }
            }
            return result;
        }
    }
}
