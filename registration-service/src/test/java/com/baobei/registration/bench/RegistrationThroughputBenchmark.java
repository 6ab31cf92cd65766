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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sustained registrations per second through {@code POST /api/v1/registrations}, counted when
 * they are on the topic (REST → event store → Kafka), next to PostgreSQL's single-row commit
 * rate on the same server (durable commits: fsync and synchronous_commit on), same run, same
 * number of callers. Not a test: run it with
 * <pre>./mvnw -q -pl registration-service test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.baobei.registration.bench.RegistrationThroughputBenchmark</pre>
 * Options: -Dthreads=16 -Dwarmup=25 -Dseconds=20 -Drates=100,300 -DopenSeconds=20 -Dclock=off -Dbatch=1. After the callers back to back it
 * sends at each fixed rate open-loop (a request leaves at its scheduled time whether or not the earlier ones were
 * answered) and prints p50/p99/max from the scheduled time to the 201 answer, so a queue in front of the service is
 * counted, not hidden (no coordinated omission). Every request carries a signed bearer token that the service
 * verifies (signature, issuer, audience, expiry), as in production.
 */
public final class RegistrationThroughputBenchmark {

    private static final String PAYLOAD = "x".repeat(300);

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
        int threads = Integer.getInteger("threads", 16);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("warmup", 25));
        Duration measure = Duration.ofSeconds(Integer.getInteger("seconds", 20));
        RealInfrastructure infra = RealInfrastructure.shared();
        infra.createTopics();
        // Durable commits, as in production and under ./run.sh (the tests' server skips fsync).
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
        String jdbcUrl = create(postgres, "registration_bench");
        double baseline = singleRowCommits(create(postgres, "baseline"), threads, measure);

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
                "--logging.level.root=WARN",
                // -Dclock=off: registrations stamped when the request began, not under the project's clock (ADR 0036)
                "--baobei.registration.project-clock=" + !"off".equals(System.getProperty("clock")),
                // -Dbatch=1: one registration per transaction under the project's turn, as before group commit
                "--baobei.registration.batch-max=" + Integer.getInteger("batch", 64));
        String url = "http://localhost:" + app.getEnvironment().getProperty("local.server.port")
                + "/api/v1/registrations";
        try (KafkaConsumer<byte[], byte[]> offsets = offsetReader(infra.kafkaBootstrapServers())) {
            post(url, threads, warmup);
            long published = awaitPublished(offsets, 0, Duration.ofMinutes(2));
            long start = System.nanoTime();
            long cpuStart = CpuClock.processNanos();
            long[] threadsStart = CpuClock.serviceThreadsNanos();
            long accepted = post(url, threads, measure);
            awaitPublished(offsets, published + accepted, Duration.ofMinutes(2));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuPerRegistration = (CpuClock.processNanos() - cpuStart) / 1e3 / Math.max(1, accepted);
            long[] threadsEnd = CpuClock.serviceThreadsNanos();
            double rate = accepted / seconds;
            System.out.printf("%nregistration benchmark (%d callers, %d s measured after %d s warm-up; %s)%n",
                    threads, measure.toSeconds(), warmup.toSeconds(), "off".equals(System.getProperty("clock"))
                            ? "time read when the request began" : "time from the project's clock, ADR 0036, "
                            + "batches of at most " + Integer.getInteger("batch", 64));
            System.out.printf("  event store: %s, token store: %s%n",
                    app.getBean(org.axonframework.eventsourcing.eventstore.EventStorageEngine.class).getClass()
                            .getSimpleName(),
                    app.getBean(org.axonframework.eventhandling.tokenstore.TokenStore.class).getClass().getSimpleName());
            System.out.printf("  PostgreSQL single-row autocommit inserts : %,10.0f /s  (baseline)%n", baseline);
            System.out.printf("  POST /registrations → stored → on topic : %,10.0f /s  (%d registrations)%n",
                    rate, accepted);
            System.out.printf("  ratio                                    : %10.1f %%%n", 100 * rate / baseline);
            // the whole JVM: service, publisher, embedded broker and these callers together
            System.out.printf("  JVM CPU per registration                 : %,10.0f µs%n", cpuPerRegistration);
            // the service's own threads only: Tomcat's request threads and the outbox publisher
            System.out.printf("  of it request threads | publisher        : %,10.0f µs | %,6.0f µs%n",
                    (threadsEnd[0] - threadsStart[0]) / 1e3 / Math.max(1, accepted),
                    (threadsEnd[1] - threadsStart[1]) / 1e3 / Math.max(1, accepted));
            for (String r : System.getProperty("rates", "100,300").split(",")) {
                openLoop(url, Integer.parseInt(r.trim()), Duration.ofSeconds(Integer.getInteger("openSeconds", 20)));
            }
            System.out.printf("  machine: %d cores, load average %.1f at the end%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            app.close();
            postgres.close();
        }
    }


    private static String create(EmbeddedPostgres postgres, String database) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + database);
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    private static double singleRowCommits(String jdbcUrl, int threads, Duration measure) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            c.createStatement().execute("create table if not exists bench_single_row "
                    + "(id varchar(36) primary key, payload text not null, created_at timestamptz default now())");
        }
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                     PreparedStatement insert = c.prepareStatement(
                             "insert into bench_single_row (id, payload) values (?, ?)")) {
                    while (!stop.get()) {
                        insert.setString(1, Ids.newId());
                        insert.setString(2, PAYLOAD);
                        insert.executeUpdate();
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        Thread.sleep(2000);
        long before = done.get();
        long start = System.nanoTime();
        Thread.sleep(measure.toMillis());
        double rate = (done.get() - before) / ((System.nanoTime() - start) / 1e9);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        return rate;
    }

    private static long post(String url, int threads, Duration duration) throws InterruptedException {
        AtomicLong accepted = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        String project = "bench-" + Ids.newId();
        // the master data the callers name (ADR 0014): a gate every registration passes, so it is measured too
        String[] agents = java.util.stream.IntStream.range(0, threads).mapToObj(t -> "agent-" + t).toArray(String[]::new);
        MasterDataSeed.tenant(url.substring(0, url.indexOf("/api/")), "bench").projects(project)
                .channel("c1", "AGENCY", agents);
        List<Thread> callers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String agent = "agent-" + t;
            String token = TestTokens.shared().agent("bench", "c1", agent);
            Thread caller = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                int n = 0;
                while (System.nanoTime() < end) {
                    String body = """
                            {"tenantId":"bench","projectId":"%s","channelId":"c1","channelKind":"AGENCY",
                             "agentId":"%s","clientSurname":"王","maskedPhone":"138****%04d"}"""
                            .formatted(project, agent, n++ % 10_000);
                    try {
                        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 201) {
                            accepted.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            caller.start();
            callers.add(caller);
        }
        for (Thread caller : callers) {
            caller.join();
        }
        return accepted.get();
    }

    /** Requests leave at {@code rate}/s on schedule; latency counts from the scheduled time to the answer. */
    private static void openLoop(String url, int rate, Duration duration) throws InterruptedException {
        int agents = 16;
        String project = "open-" + Ids.newId();
        String[] names = java.util.stream.IntStream.range(0, agents).mapToObj(t -> "agent-" + t).toArray(String[]::new);
        MasterDataSeed.tenant(url.substring(0, url.indexOf("/api/")), "bench").projects(project)
                .channel("c1", "AGENCY", names);
        String[] tokens = java.util.Arrays.stream(names).map(a -> TestTokens.shared().agent("bench", "c1", a))
                .toArray(String[]::new);
        int total = (int) (rate * duration.toSeconds());
        long[] latencies = new long[total];
        AtomicLong refused = new AtomicLong();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(256);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * period;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            int n = i;
            senders.execute(() -> {
                String body = """
                        {"tenantId":"bench","projectId":"%s","channelId":"c1","channelKind":"AGENCY",
                         "agentId":"%s","clientSurname":"王","maskedPhone":"139****%04d"}"""
                        .formatted(project, names[n % agents], n % 10_000);
                try {
                    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + tokens[n % agents])
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 201) {
                        refused.incrementAndGet();
                    }
                } catch (Exception e) {
                    refused.incrementAndGet();
                }
                latencies[n] = System.nanoTime() - scheduled;
            });
        }
        senders.shutdown();
        senders.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        java.util.Arrays.sort(latencies);
        System.out.printf("  open loop %4d/s for %d s : p50 %7.1f ms | p99 %7.1f ms | max %7.1f ms | "
                        + "%d sent, %d not 201, all answered after %.1f s%n", rate, duration.toSeconds(),
                latencies[total / 2] / 1e6, latencies[(int) (total * 0.99)] / 1e6, latencies[total - 1] / 1e6,
                total, refused.get(), seconds);
    }

    private static KafkaConsumer<byte[], byte[]> offsetReader(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Waits until the topic holds at least {@code atLeast} records more than it had at start; returns the total. */
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
            Thread.sleep(atLeast > 0 ? 2 : 500);
        }
        throw new IllegalStateException("the topic did not catch up in " + atMost);
    }
}
