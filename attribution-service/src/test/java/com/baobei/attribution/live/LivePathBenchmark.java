package com.baobei.attribution.live;

import com.baobei.contracts.Ids;
import com.baobei.attribution.AttributionApplication;
import com.baobei.attribution.support.TestEvents;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.UnitType;
import com.baobei.platform.testing.RealInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Benchmark, not a test: Kafka → fold → PostgreSQL projection (and outbox → Kafka) in events per
 * second, next to PostgreSQL's batched-insert rate of the same events on the same server in the
 * same run. The events are produced first; the clock runs from starting the consumer until every
 * event is folded into the projection, and again until every decision is published.
 *
 * <p>Run (command also in ADR 0006):
 * {@code mvn -q -pl attribution-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.baobei.attribution.live.LivePathBenchmark -Dexec.args="40 1000 5 10"}
 * (projects, clients per project, rounds, warm-up replays).
 */
public final class LivePathBenchmark {

    private static final Instant START = Instant.parse("2025-03-01T01:00:00Z");

    private LivePathBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
        } finally {
            // the embedded broker's threads would keep the JVM alive
            System.exit(0);
        }
    }

    private static void run(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        RealInfrastructure infrastructure = RealInfrastructure.shared();
        infrastructure.createTopics();
        List<EventEnvelope> sample = replay("sample", projects, clients);
        System.out.printf("workload per round: %d projects x %d clients = %,d events (%.0f bytes each on average); "
                        + "warm-up: %d such replays; %d rounds, each baseline then service%n", projects, clients,
                sample.size(), sample.stream().mapToInt(e -> EventJson.write(e).length).average().orElse(0), warmUps,
                rounds);

        // command-line arguments outrank application.yml
        ConfigurableApplicationContext app = new SpringApplicationBuilder(AttributionApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + infrastructure.jdbcUrl("attribution_bench"),
                "--spring.datasource.username=" + infrastructure.username(),
                "--spring.datasource.password=" + infrastructure.password(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=attribution-bench-" + Ids.newId(),
                "--spring.kafka.listener.auto-startup=false",
                "--logging.level.root=WARN",
                "--logging.level.com.baobei=WARN",
                "--logging.level.com.baobei.attribution.live.LiveAttribution=" + System.getProperty("bench.log", "WARN"),
                "--logging.level.com.baobei.attribution.persistence.ProjectionStore=" + System.getProperty("bench.log", "WARN"));
        try (Baseline baseline = new Baseline(infrastructure)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            MessageListenerContainer consumer =
                    app.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("attribution-events");
            baseline.insert(sample);
            // the consumers join the group once and are paused between replays, as a running service's
            // are: stopping and starting them each round made every round begin with rebalances
            consumer.start();
            pauseAndWait(consumer);
            warmUp(infrastructure, jdbc, consumer, projects, clients, warmUps);
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                ratios.add(round(round, replay("bench-" + round, projects, clients), infrastructure, baseline, jdbc, consumer));
            }
            ratios.sort(Double::compare);
            System.out.printf("%nRESULT: Kafka -> fold -> PostgreSQL projection at %s of PostgreSQL's batched-insert rate "
                    + "(rounds, ascending; goal >= 50%%)%n", ratios.stream().map(r -> String.format("%.0f%%", r)).toList());
            consumer.resume();
            verdictLatency(infrastructure.kafkaBootstrapServers(), jdbc);
        } finally {
            app.close();
        }
    }

    /**
     * Steady state, as in a service that has run for a while: replays of the same size until the JIT
     * compiler is done with the path (a fold runs once per project per replay, so its code reaches the
     * optimising compiler late, and the embedded broker's code competes for the compiler too). Every
     * replay and round prints the compiling it contained, so a reader sees whether it had settled.
     */
    private static void warmUp(RealInfrastructure infrastructure, JdbcTemplate jdbc, MessageListenerContainer consumer,
                               int projects, int clients, int replays) throws Exception {
        for (int i = 1; i <= replays; i++) {
            List<EventEnvelope> events = replay("warm-up-" + i, projects, clients);
            produce(infrastructure.kafkaBootstrapServers(), events);
            long compiling = compilingMillis();
            long started = System.nanoTime();
            consumer.resume();
            Timings t = awaitCaughtUp(jdbc, "warm-up-" + i, events.size(), started);
            pauseAndWait(consumer);
            long compiled = compilingMillis() - compiling;
            double seconds = t.published() / 1e9;
            System.out.printf("warm-up %d: %,d events folded at %,.0f events/s, published in %.1f s; JIT compiling %,d ms%n",
                    i, events.size(), events.size() / (t.projected() / 1e9), seconds, compiled);
        }
    }

    /** Milliseconds the JIT compiler threads have spent compiling so far (summed over threads). */
    private static long compilingMillis() {
        return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** One round: the baseline inserts the round's events, then the service consumes them; returns the ratio in %. */
    private static double round(int round, List<EventEnvelope> events, RealInfrastructure infrastructure, Baseline baseline,
                                JdbcTemplate jdbc, MessageListenerContainer consumer) throws Exception {
        String tenant = events.get(0).tenantId();
        CpuMeter baselineCpu = CpuMeter.now();
        double baselineRate = baseline.insert(events);
        String baselinePerEvent = CpuMeter.now().since(baselineCpu).perEvent(events.size());
        produce(infrastructure.kafkaBootstrapServers(), events);
        Statements statements = Statements.start(jdbc);
        CpuMeter cpu = CpuMeter.now();
        long compiling = compilingMillis();
        Map<String, Long> threads = CpuMeter.threads();
        long started = System.nanoTime();
        consumer.resume();
        Timings t = awaitCaughtUp(jdbc, tenant, events.size(), started);
        String cpuPerEvent = CpuMeter.now().since(cpu).perEvent(events.size());
        String busiest = CpuMeter.busiest(threads, CpuMeter.threads(), events.size());
        pauseAndWait(consumer);
        long decisions = jdbc.queryForObject("""
                select (select coalesce(sum(publications), 0) from registration_verdict where tenant_id = ?)
                     + (select coalesce(sum(publications), 0) from client_ownership where tenant_id = ?)
                     + (select coalesce(sum(publications), 0) from purchase_attribution where tenant_id = ?)""",
                Long.class, tenant, tenant, tenant);
        long folds = jdbc.queryForObject("select coalesce(sum(fold_seq), 0) from project_state where tenant_id = ?",
                Long.class, tenant);
        double projectedRate = events.size() / (t.projected() / 1e9);
        double publishedRate = events.size() / (t.published() / 1e9);
        System.out.printf("%nround %d: %,d events%n", round, events.size());
        System.out.printf("  postgresql batched insert (baseline):        %,12.0f rows/s    (%s)%n", baselineRate,
                baselinePerEvent);
        System.out.printf("  kafka -> inbox (events stored, not folded):  %,12.0f events/s  (%.1f s)%n",
                events.size() / (t.stored() / 1e9), t.stored() / 1e9);
        System.out.printf("  kafka -> fold -> postgresql projection:      %,12.0f events/s  (%.1f s, %d folds of a project)%n",
                projectedRate, t.projected() / 1e9, folds);
        System.out.printf("  ... and every decision published (outbox):   %,12.0f events/s  (%.1f s, %,d decisions)%n",
                publishedRate, t.published() / 1e9, decisions);
        System.out.printf("  service CPU until every decision was published: %s (JIT compiling %,d ms of it); "
                + "busiest threads:%n", cpuPerEvent, compilingMillis() - compiling);
        System.out.print(busiest);
        System.out.printf("  by phase: storing %s; folding %s; publishing the rest %s%n",
                t.atStored().since(cpu).perEvent(events.size()), t.atProjected().since(t.atStored()).perEvent(events.size()),
                CpuMeter.now().since(t.atProjected()).perEvent(events.size()));
        statements.print(events.size());
        System.out.printf("  ratio to the baseline: %.0f%% (projection), %.0f%% (published)%n",
                100 * projectedRate / baselineRate, 100 * publishedRate / baselineRate);
        return 100 * projectedRate / baselineRate;
    }

    /**
     * What a channel agent waits for: one registration at a time into a project that already holds
     * 1,900 events (each folded on from the state the last fold left, ADR 0031), from the producer's send to the verdict in the table.
     */
    private static void verdictLatency(String bootstrap, JdbcTemplate jdbc) throws Exception {
        TestEvents project = new TestEvents("bench-1", "project-0");
        List<Long> micros = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 50; i++) {
                EventEnvelope registered = project.registered("late-" + i, "ch-1", "钱", String.format("133****%04d", i),
                        START.plus(Duration.ofDays(400 + i)));
                String registrationId = ((com.baobei.contracts.registration.Registered) registered.data()).registrationId();
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(TestEvents.topicOf(registered).name(), registered.partitionKey(),
                        EventJson.write(registered))).get();
                while (jdbc.queryForObject("select count(*) from registration_verdict where registration_id = ?",
                        Long.class, registrationId) == 0) {
                    if (System.nanoTime() - sent > TimeUnit.SECONDS.toNanos(60)) {
                        throw new IllegalStateException("no verdict for " + registrationId + " after 60 s");
                    }
                    Thread.sleep(1);
                }
                micros.add((System.nanoTime() - sent) / 1000);
            }
        }
        micros.sort(Long::compare);
        System.out.printf("registration -> verdict in the projection (project of 1,900 events, 50 one by one): "
                + "median %.1f ms, p90 %.1f ms, max %.1f ms%n", micros.get(25) / 1000.0, micros.get(45) / 1000.0,
                micros.get(49) / 1000.0);
    }

    /** Pauses the consumers and waits until every one has paused (they finish the poll at hand first). */
    private static void pauseAndWait(MessageListenerContainer consumer) throws InterruptedException {
        consumer.pause();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!consumer.isContainerPaused() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
    }

    /** Nanoseconds from the start until all events were stored, folded into the projection, and published. */
    private record Timings(long stored, long projected, long published, CpuMeter atStored, CpuMeter atProjected) {
    }

    private static Timings awaitCaughtUp(JdbcTemplate jdbc, String tenant, int events, long started) throws Exception {
        long stored = 0;
        long projected = 0;
        CpuMeter atStored = null;
        CpuMeter atProjected = null;
        while (true) {
            long now = System.nanoTime();
            if (now - started > TimeUnit.MINUTES.toNanos(30)) {
                throw new IllegalStateException("not caught up after 30 minutes");
            }
            if (stored == 0 && jdbc.queryForObject("select coalesce(sum(event_count), 0) from project_state where tenant_id = ?",
                    Long.class, tenant) >= events) {
                stored = now - started;
                atStored = CpuMeter.now();
            }
            if (stored > 0 && projected == 0 && jdbc.queryForObject("""
                    select coalesce(sum(event_count), 0) from project_state
                     where tenant_id = ? and dirty_since is null and fold_seq > 0""", Long.class, tenant) >= events) {
                projected = now - started;
                atProjected = CpuMeter.now();
            }
            if (projected > 0 && !jdbc.queryForObject("select exists (select 1 from outbox order by id limit 1)", Boolean.class)) {
                return new Timings(stored, projected, now - started, atStored, atProjected);
            }
            Thread.sleep(20);
        }
    }

    /**
     * A replay of the projects' histories, projects interleaved in business-time order: per client a
     * registration, for one in ten a second channel's, a confirmed visit for seven in ten, a purchase for
     * one in seven.
     */
    static List<EventEnvelope> replay(String tenant, int projects, int clients) {
        List<List<EventEnvelope>> perProject = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            TestEvents project = new TestEvents(tenant, "project-" + p);
            List<EventEnvelope> history = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String phone = String.format("13%d****%04d", 5 + c / 10000 % 5, c % 10000);
                String surname = String.valueOf("王李张刘陈杨赵黄周吴".charAt(c % 10));
                String channel = "ch-" + (c % 7);
                Instant registered = START.plus(Duration.ofMinutes(7L * c));
                history.add(project.registered("r-" + c, channel, surname, phone, registered));
                if (c % 10 == 3) {
                    history.add(project.registered("r2-" + c, "ch-" + ((c + 1) % 7), surname, phone,
                            registered.plus(Duration.ofMinutes(30))));
                }
                if (c % 10 < 7) {
                    Instant visited = registered.plus(Duration.ofHours(2));
                    history.add(project.visited("v-" + c, surname, phone, "r-" + c, visited));
                    if (c % 7 == 0) {
                        history.add(project.purchased("pu-" + c, UnitType.RESIDENTIAL, "1500000.00", surname, phone,
                                visited.plus(Duration.ofDays(3))));
                    }
                }
            }
            history.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
            perProject.add(history);
        }
        List<EventEnvelope> all = new ArrayList<>();
        for (int i = 0; ; i++) {
            boolean any = false;
            for (List<EventEnvelope> history : perProject) {
                if (i < history.size()) {
                    all.add(history.get(i));
                    any = true;
                }
            }
            if (!any) {
                return all;
            }
        }
    }

    private static double produce(String bootstrap, List<EventEnvelope> events) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 131072), new StringSerializer(), new ByteArraySerializer())) {
            long started = System.nanoTime();
            List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
            for (EventEnvelope event : events) {
                acks.add(producer.send(new ProducerRecord<>(TestEvents.topicOf(event).name(), event.partitionKey(),
                        EventJson.write(event))));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
            return events.size() / ((System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * PostgreSQL's batched-insert rate on the same server: the same events as rows of an
     * inbox-shaped table, batches of 1,000, one connection, reWriteBatchedInserts, a commit per batch.
     */
    private static final class Baseline implements AutoCloseable {

        private final Connection connection;

        Baseline(RealInfrastructure infrastructure) throws Exception {
            String url = infrastructure.jdbcUrl("attribution_bench_baseline") + "?reWriteBatchedInserts=true";
            connection = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table if exists baseline_event");
                ddl.execute("""
                        create table baseline_event (event_id text primary key, tenant_id text not null,
                            project_id text not null, event_type text not null, occurred_at timestamptz not null,
                            recorded_at timestamptz not null, payload jsonb not null)""");
                ddl.execute("create index on baseline_event (tenant_id, project_id)");
            }
            connection.setAutoCommit(false);
        }

        /** Rows per second. */
        double insert(List<EventEnvelope> events) throws Exception {
            List<String> payloads = events.stream().map(EventJson::writeString).toList();
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into baseline_event values (?, ?, ?, ?, ?, ?, ?::jsonb)")) {
                for (int i = 0; i < events.size(); i++) {
                    EventEnvelope e = events.get(i);
                    insert.setString(1, e.eventId());
                    insert.setString(2, e.tenantId());
                    insert.setString(3, e.projectId());
                    insert.setString(4, e.eventType());
                    insert.setTimestamp(5, Timestamp.from(e.occurredAt()));
                    insert.setTimestamp(6, Timestamp.from(e.recordedAt()));
                    insert.setString(7, payloads.get(i));
                    insert.addBatch();
                    if (i % 1000 == 999 || i == events.size() - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            return events.size() / ((System.nanoTime() - started) / 1e9);
        }

        @Override
        public void close() throws Exception {
            connection.close();
        }
    }
}
