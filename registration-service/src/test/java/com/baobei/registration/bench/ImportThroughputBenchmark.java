package com.baobei.registration.bench;

import com.baobei.contracts.Ids;
import com.baobei.contracts.Topics;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.registration.RegistrationApplication;
import com.baobei.registration.testing.MasterDataSeed;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * History imports (ADR 0034): rows per second of {@code POST /api/v1/registrations/imports} for 1k, 10k and 100k-row
 * imports side by side (answered = every row stored and committed; on topic = every row also published by the
 * outbox publisher), next to PostgreSQL's batched-insert rate on the same server in the same run: rows of the event
 * store's shape (same columns, keys and indexes, a ~300-byte payload), 1,000 per batch and per commit, one
 * connection, {@code reWriteBatchedInserts}. Durable commits (fsync and synchronous_commit on). Not a test: run it with
 * <pre>./mvnw -q -pl registration-service test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.baobei.registration.bench.ImportThroughputBenchmark</pre>
 * or, when the local repository holds older snapshots of the sibling modules, against this checkout's own classes:
 * <pre>./mvnw -q -o -pl registration-service -am test-compile dependency:build-classpath \
 *   -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * cd registration-service && java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *   com.baobei.registration.bench.ImportThroughputBenchmark</pre>
 * Options: -Dsizes=1000,10000,100000 -Dwarmup=10000.
 */
public final class ImportThroughputBenchmark {

    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<Integer> sizes = java.util.Arrays.stream(System.getProperty("sizes", "1000,10000,100000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        int warmup = Integer.getInteger("warmup", 10_000);
        RealInfrastructure infra = RealInfrastructure.shared();
        infra.createTopics();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
        String jdbcUrl = create(postgres, "import_bench");
        double baseline = batchedInserts(create(postgres, "baseline"), 100_000);

        ConfigurableApplicationContext app = new SpringApplicationBuilder(RegistrationApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.ISSUER,
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
                        + TestTokens.shared().publicKeyFile(),
                "--spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE,
                "--logging.level.root=WARN");
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = TestTokens.shared().of("TENANT_ADMIN", "bench");
        try (KafkaConsumer<byte[], byte[]> offsets = offsetReader(infra.kafkaBootstrapServers())) {
            StringBuilder table = new StringBuilder();
            if (warmup > 0) {
                importOnce(base, client, token, offsets, warmup);
            }
            for (int size : sizes) {
                double[] rates = importOnce(base, client, token, offsets, size);
                table.append(String.format("  %,9d rows : answered %,9.0f rows/s (%5.1f s) | on topic %,9.0f rows/s"
                                + " | %5.1f %% of baseline | JVM CPU %4.0f µs/row (request thread %3.0f, publisher %3.0f)%n",
                        size, rates[0], size / rates[0], rates[1], 100 * rates[0] / baseline, rates[2], rates[3],
                        rates[4]));
            }
            System.out.printf("%nhistory import benchmark (JSON body, 1,000-row chunks, durable commits; after a "
                    + "%,d-row warm-up import)%n", warmup);
            System.out.printf("  PostgreSQL batched insert, event-store-shaped rows : %,9.0f rows/s  (baseline)%n",
                    baseline);
            System.out.print(table);
            System.out.printf("  machine: %d cores, load average %.1f at the end (shared with other builds)%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            app.close();
            postgres.close();
        }
    }

    /** One import into a new project; answers {rows/s until the answer, rows/s until every row is on the topic}. */
    private static double[] importOnce(String base, HttpClient client, String token,
                                       KafkaConsumer<byte[], byte[]> offsets, int size) throws Exception {
        String project = "bench-" + Ids.newId();
        MasterDataSeed.tenant(base, "bench").projects(project).channel("c1", "AGENCY", "a1", "a2", "a3");
        String body = importOf(project, size);
        long before = awaitPublished(offsets, 0, Duration.ofMinutes(5));
        long cpuBefore = CpuClock.processNanos();
        long[] threadsBefore = CpuClock.serviceThreadsNanos();
        long start = System.nanoTime();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/registrations/imports")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        double answered = (System.nanoTime() - start) / 1e9;
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("import of " + size + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(2000, answer.body().length())));
        }
        awaitPublished(offsets, before + size, Duration.ofMinutes(10));
        double published = (System.nanoTime() - start) / 1e9;
        long[] threadsAfter = CpuClock.serviceThreadsNanos();
        return new double[] {size / answered, size / published, (CpuClock.processNanos() - cpuBefore) / 1e3 / size,
                (threadsAfter[0] - threadsBefore[0]) / 1e3 / size, (threadsAfter[1] - threadsBefore[1]) / 1e3 / size};
    }

    /** Distinct rows a minute apart, going back from yesterday, over three agents and 10,000 masked numbers. */
    private static String importOf(String project, int size) {
        Instant newest = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS);
        StringBuilder json = new StringBuilder(size * 150).append("{\"tenantId\":\"bench\",\"projectId\":\"")
                .append(project).append("\",\"rows\":[");
        for (int i = 0; i < size; i++) {
            json.append(i == 0 ? "" : ",").append("{\"registeredAt\":\"").append(newest.minus(i, ChronoUnit.MINUTES))
                    .append("\",\"channelId\":\"c1\",\"channelKind\":\"AGENCY\",\"agentId\":\"a").append(1 + i % 3)
                    .append("\",\"clientSurname\":\"王\",\"maskedPhone\":\"138****")
                    .append(String.format("%04d", i % 10_000)).append("\"}");
        }
        return json.append("]}").toString();
    }


    private static String create(EmbeddedPostgres postgres, String database) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + database);
        }
        return postgres.getJdbcUrl("postgres", database) + "&reWriteBatchedInserts=true";
    }

    /** Rows of the event store's shape, 1,000 per batch and per commit, one connection: what the disk allows. */
    private static double batchedInserts(String jdbcUrl, int rows) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            c.createStatement().execute("create sequence bench_seq increment by 1");
            c.createStatement().execute("create table bench_event (global_index bigint not null primary key, "
                    + "sequence_number bigint not null, meta_data bytea, payload bytea not null, "
                    + "aggregate_identifier varchar(255) not null, event_identifier varchar(255) not null unique, "
                    + "payload_revision varchar(255), payload_type varchar(255) not null, "
                    + "time_stamp varchar(255) not null, type varchar(255), "
                    + "unique (aggregate_identifier, sequence_number))");
            c.setAutoCommit(false);
            byte[] payload = ("{\"registrationId\":\"x\",\"tenantId\":\"bench\",\"projectId\":\"p\",\"channelId\":"
                    + "\"c1\",\"channelKind\":\"AGENCY\",\"agentId\":\"a1\",\"clientSurname\":\"王\",\"maskedPhone\":"
                    + "\"138****0000\",\"expectedVisitAt\":null,\"companions\":[],\"registeredAt\":"
                    + "\"2026-01-01T00:00:00Z\",\"intake\":\"IMPORT\",\"importedBy\":\"bench.tenant_admin\"}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long start = System.nanoTime();
            try (PreparedStatement numbers = c.prepareStatement(
                    "select nextval('bench_seq') from generate_series(1, 1000) order by 1");
                 PreparedStatement insert = c.prepareStatement("insert into bench_event values "
                         + "(?, 0, ?, ?, ?, ?, null, 'com.baobei.registration.intake.ClientRegistered', ?, "
                         + "'Registration')")) {
                for (int done = 0; done < rows; done += 1000) {
                    java.sql.ResultSet indexes = numbers.executeQuery();
                    while (indexes.next()) {
                        insert.setLong(1, indexes.getLong(1));
                        insert.setBytes(2, "{}".getBytes());
                        insert.setBytes(3, payload);
                        insert.setString(4, UUID.randomUUID().toString());
                        insert.setString(5, UUID.randomUUID().toString());
                        insert.setString(6, Instant.now().toString());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    c.commit();
                }
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static KafkaConsumer<byte[], byte[]> offsetReader(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Waits until the topic holds at least {@code atLeast} records (0: until it stops growing); returns the total. */
    private static long awaitPublished(KafkaConsumer<byte[], byte[]> consumer, long atLeast, Duration atMost)
            throws InterruptedException {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.REGISTRATION_EVENTS.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        long deadline = System.nanoTime() + atMost.toNanos();
        long previous = -1;
        while (System.nanoTime() < deadline) {
            long total = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            if (atLeast > 0 ? total >= atLeast : total == previous) {
                return total;
            }
            previous = total;
            Thread.sleep(atLeast > 0 ? 5 : 500);
        }
        throw new IllegalStateException("the topic did not catch up in " + atMost);
    }
}
