package com.baobei.e2e.bench;

import com.baobei.contracts.Topics;
import com.baobei.e2e.PrometheusText;
import com.baobei.e2e.hostile.ProcessMemory;
import com.baobei.platform.Platform;
import com.baobei.platform.PlatformConfig;
import com.baobei.platform.RepositoryRoot;
import com.baobei.platform.RunningPlatform;
import com.baobei.platform.ServiceSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Issue 16's figures across the real processes {@code ./run.sh} starts (event store → publisher → Kafka → fold →
 * projection), for one project given a history first:
 * <ol>
 *   <li><b>history and catch-up</b>: N registrations imported ({@code POST /api/v1/registrations/imports}, 100,000
 *   rows a request); rows/s of the import, and events/s at which the attribution service stored their verdicts,
 *   printed next to PostgreSQL's batched-insert rate on the same server in the same run;</li>
 *   <li><b>live load</b>: registrations sent open-loop at R a second for S seconds (each at its planned time, whether
 *   or not the ones before were answered, so a stall is counted, not hidden); for each, the time from its planned
 *   send to {@code POST} answered (the baseline) and to its verdict readable at {@code GET …/verdict} (seen committed in
 *   the projection, then read once through the API: {@link VerdictWatch});</li>
 *   <li><b>memory</b>: each service's resident memory now and at its peak;</li>
 *   <li>with {@code -Dreplay=true}, <b>replay</b>: the attribution service emptied (tables and consumer groups) and
 *   started again, events/s until it has every verdict again, beside PostgreSQL's batched inserts.</li>
 * </ol>
 * {@code -Dfold=whole} starts the attribution service with {@code baobei.fold.resume=false}: every burst folds the
 * project from its first event, as the live path did before ADR 0031 — the figures to print beside the resumed fold's.
 * {@code -Dhistory=0} measures a fresh project. The JVMs are started as {@code ./run.sh} starts them;
 * {@code -Djvms=quick} starts them as the tests do (C1 only, the serial collector). Not a test (nothing here is
 * asserted); run it by hand on an otherwise idle machine:
 * <pre>./mvnw -q -B -ntp package -DskipTests
 * ./mvnw -q -B -ntp -pl deploy/e2e -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *   -Dmdep.outputFile=/tmp/e2e.cp
 * java -cp deploy/e2e/target/test-classes:deploy/e2e/target/classes:$(cat /tmp/e2e.cp) \
 *   -Dhistory=100000 -Drate=200 -Dseconds=30 -Dfold=resumed com.baobei.e2e.bench.HistoryLatencyBenchmark</pre>
 */
public final class HistoryLatencyBenchmark {

    private static final Pattern ID = Pattern.compile("\"registrationId\"\\s*:\\s*\"([^\"]+)\"");
    private static final String TENANT = "huajing";
    private static final String CHANNEL = "jiayuan";
    private static final int IMPORT_ROWS = 100_000;

    public static void main(String[] args) {
        int history = Integer.getInteger("history", 100_000);
        int rate = Integer.getInteger("rate", 200);
        int seconds = Integer.getInteger("seconds", 30);
        boolean whole = "whole".equals(System.getProperty("fold", "resumed"));
        PlatformConfig defaults = PlatformConfig.defaults(RepositoryRoot.find())
                .withDataDirectory(Path.of("target", "history-platform").toAbsolutePath())
                .withAnyFreePorts().withFresh(true).withReadinessTimeout(Duration.ofMinutes(5));
        // the JVMs as ./run.sh starts them; until 2026-12-07 this ran the tests' quick start (C1 only, serial GC)
        if (!"quick".equals(System.getProperty("jvms"))) {
            defaults = defaults.withRunningJvms();
        }
        // -Dattribution.heap=1g: the attribution service holds a project's events and fold state in its heap
        // (ADR 0031, "Memory per service")
        String heap = System.getProperty("attribution.heap");
        PlatformConfig config = defaults.withServices(defaults.services().stream()
                .map(spec -> whole ? foldingWhole(spec) : spec).map(spec -> withHeap(spec, heap))
                .map(HistoryLatencyBenchmark::withServiceArgs).toList());
        try (RunningPlatform platform = Platform.start(config)) {
            new HistoryLatencyBenchmark(platform).run(history, rate, seconds, whole);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private final RunningPlatform platform;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String registration;
    private final String attribution;
    private final String admin;
    private final String[] agents = new String[3];

    private HistoryLatencyBenchmark(RunningPlatform platform) {
        this.platform = platform;
        this.registration = platform.serviceUrl("registration").toString();
        this.attribution = platform.serviceUrl("attribution").toString();
        this.admin = platform.token(TENANT + ".admin", "demo");
        for (int i = 0; i < agents.length; i++) {
            agents[i] = platform.token(TENANT + "." + CHANNEL + "-0" + (i + 1), "demo");
        }
    }

    private void run(int history, int rate, int seconds, boolean whole) throws Exception {
        String project = "bench-" + history;
        masterData(project);
        double postgres = batchedInserts(100_000);

        long importStart = System.nanoTime();
        for (int done = 0; done < history; done += IMPORT_ROWS) {
            importRows(project, done, Math.min(IMPORT_ROWS, history - done));
        }
        double imported = (System.nanoTime() - importStart) / 1e9;
        double folded = awaitVerdicts(project, history, Duration.ofHours(2), importStart);
        ProcessMemory afterHistory = ProcessMemory.of(platform.pid("attribution"));
        // the history's decisions are still being published and consumed (commission) when its verdicts are stored:
        // the live load starts on a machine that has finished with the history, not beside its tail
        double quiet = awaitQuiet(Duration.ofMinutes(10));

        // -Dwarmup=S: S seconds of the same load first, not counted: the live path's code is compiled while it runs
        // (without it the JIT compilers took a third of the machine during a 30 s measurement, 2026-12-07)
        int warmup = Integer.getInteger("warmup", 20);
        if (warmup > 0) {
            live(project, rate, warmup, 0, false);
        }
        double[] foldsBefore = folds();
        CpuAccount cpu = new CpuAccount();
        flightRecording("JFR.start", "name=live", "settings=profile");
        long[][] live = live(project, rate, seconds, rate * warmup, true);
        flightRecording("JFR.dump", "name=live", "filename=%s.jfr");
        double[] foldsAfter = folds();
        System.out.printf("%nIssue 16, one project: %,d registrations of history, then %d registrations/s open-loop "
                + "for %d s (after %d s of the same, not counted); attribution folding %s%n", history, rate, seconds, warmup,
                whole ? "the whole project every burst (baobei.fold.resume=false, before ADR 0031)"
                        : "on from its last state (ADR 0031)");
        if (history > 0) {
            System.out.printf("  history imported          : %,9.0f rows/s (%.1f s)%n", history / imported, imported);
            System.out.printf("  verdicts stored (catch-up): %,9.0f events/s from the first import to the last "
                    + "verdict%n", history / folded);
        }
        System.out.printf("  history's decisions published and consumed %.1f s after its last verdict%n", quiet);
        System.out.printf("  PostgreSQL batched insert : %,9.0f rows/s (baseline, same server, same run)%n", postgres);
        print("POST answered (baseline)", live[0]);
        print("verdict readable", live[1]);
        System.out.printf("  not answered 201 or no verdict within 60 s: %d of %d%n", live[2][0], rate * seconds);
        double folds = foldsAfter[0] - foldsBefore[0];
        double resumed = foldsAfter[1] - foldsBefore[1];
        System.out.printf("  folds during the live load: %.0f, on from the state %.0f, from the first event %.0f%n",
                folds, resumed, folds - resumed);
        cpu.print();
        cpu.printPerEvent("attribution", (long) rate * seconds - live[2][0]);
        System.out.printf("  attribution after the history: %s%n", afterHistory);
        for (ServiceSpec service : platform.services()) {
            long pid = platform.pid(service.name());
            System.out.printf("  %-12s %s%s%n", service.name(), ProcessMemory.of(pid), nativeMemory(pid));
        }
        System.out.printf("  machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (Boolean.getBoolean("replay")) {
            replay(project);
        }
    }

    /**
     * -Dreplay=true, issue 16's catch-up: the attribution service stopped, its database emptied and its consumer groups
     * deleted, then started again, so that it reads every event of the topics from the first, as a new installation
     * of the service would. Events/s from the moment it is ready to the project's last verdict, beside PostgreSQL's
     * batched inserts measured right after on the same server.
     */
    private void replay(String project) throws Exception {
        int verdicts = verdictCount(project);
        platform.restart("attribution", () -> {
            try {
                emptyAttribution();
            } catch (Exception e) {
                throw new IllegalStateException("could not empty the attribution service", e);
            }
        });
        long ready = System.nanoTime();
        double seconds = awaitVerdicts(project, verdicts, Duration.ofHours(2), ready);
        ProcessMemory memory = ProcessMemory.of(platform.pid("attribution"));
        double postgres = batchedInserts(100_000);
        System.out.printf("%nReplay into an empty attribution service: %,d registrations' verdicts in %.1f s from its "
                + "start: %,.0f events/s; PostgreSQL batched insert %,.0f rows/s right after (%.0f %%); attribution %s%n",
                verdicts, seconds, verdicts / seconds, postgres, 100 * verdicts / seconds / postgres, memory);
    }

    private int verdictCount(String project) throws Exception {
        try (Connection c = DriverManager.getConnection(platform.jdbcUrl("attribution"),
                platform.databaseUsername(), platform.databasePassword())) {
            return verdictCount(c, project);
        }
    }

    private static int verdictCount(Connection c, String project) throws Exception {
        try (PreparedStatement count = c.prepareStatement(
                "select count(*) from registration_verdict where tenant_id = ? and project_id = ?")) {
            count.setString(1, TENANT);
            count.setString(2, project);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Its tables (Flyway makes them again at start) and its consumer groups' offsets: it starts from nothing. */
    private void emptyAttribution() throws Exception {
        try (Connection c = DriverManager.getConnection(platform.jdbcUrl("attribution"),
                platform.databaseUsername(), platform.databasePassword())) {
            c.createStatement().execute("drop schema public cascade");
            c.createStatement().execute("create schema public");
        }
        try (Admin admin = Admin.create(platform.kafkaClientProperties())) {
            List<String> groups = new ArrayList<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                if (group.groupId().startsWith("attribution")) {
                    groups.add(group.groupId());
                }
            }
            admin.deleteConsumerGroups(groups).all().get();
            System.out.printf("%nattribution emptied: its tables dropped, consumer groups %s deleted%n", groups);
        }
    }

    /** The project and the channel's three agents, as the tenant admin puts them (ADR 0014). */
    private void masterData(String project) throws Exception {
        put("/api/v1/master-data/tenant", "{\"name\":\"华景置业\"}");
        put("/api/v1/master-data/projects/" + project, "{\"name\":\"" + project + "\",\"unitTypes\":[\"RESIDENTIAL\"]}");
        put("/api/v1/master-data/channels/" + CHANNEL, "{\"name\":\"嘉园地产\",\"kind\":\"AGENCY\"}");
        for (int i = 1; i <= agents.length; i++) {
            put("/api/v1/master-data/channels/" + CHANNEL + "/agents/" + CHANNEL + "-0" + i, "{\"name\":\"经纪人" + i + "\"}");
        }
    }

    private void put(String path, String json) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(registration + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + admin)
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("PUT " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /**
     * Rows a minute apart going back from yesterday over 10,000 masked numbers and the three agents: each number comes
     * back every week or so, after its registration has lapsed, as a busy office's history does.
     */
    private void importRows(String project, int from, int size) throws Exception {
        Instant newest = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS);
        StringBuilder json = new StringBuilder(size * 160).append("{\"tenantId\":\"").append(TENANT)
                .append("\",\"projectId\":\"").append(project).append("\",\"rows\":[");
        for (int i = from; i < from + size; i++) {
            json.append(i == from ? "" : ",").append("{\"registeredAt\":\"").append(newest.minus(i, ChronoUnit.MINUTES))
                    .append("\",\"channelId\":\"").append(CHANNEL).append("\",\"channelKind\":\"AGENCY\",\"agentId\":\"")
                    .append(CHANNEL).append("-0").append(1 + i % 3).append("\",\"clientSurname\":\"王\",")
                    .append("\"maskedPhone\":\"138****").append(String.format("%04d", i % 10_000)).append("\"}");
        }
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(registration
                        + "/api/v1/registrations/imports")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + admin).timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString(json.append("]}").toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("import answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(2000, answer.body().length())));
        }
    }

    /**
     * Seconds until the attribution service's outbox is empty and every consumer group has read to the end of every
     * topic it reads.
     */
    private double awaitQuiet(Duration atMost) throws Exception {
        long start = System.nanoTime();
        long deadline = start + atMost.toNanos();
        try (Connection c = DriverManager.getConnection(platform.jdbcUrl("attribution"),
                platform.databaseUsername(), platform.databasePassword());
             PreparedStatement outbox = c.prepareStatement("select count(*) from outbox");
             Admin admin = Admin.create(platform.kafkaClientProperties())) {
            while (System.nanoTime() < deadline) {
                long queued;
                try (ResultSet rows = outbox.executeQuery()) {
                    rows.next();
                    queued = rows.getLong(1);
                }
                if (queued == 0 && lag(admin) == 0) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the platform was still busy with the history after " + atMost);
    }

    /**
     * -Dprofile=DIR: each service's JVM records the live load with Java Flight Recorder ({@code jcmd}), dumped to
     * DIR/SERVICE.jfr ({@code jfr print --events jdk.ExecutionSample} reads it).
     */
    private void flightRecording(String command, String... arguments) throws Exception {
        String directory = System.getProperty("profile");
        if (directory == null) {
            return;
        }
        Files.createDirectories(Path.of(directory));
        for (ServiceSpec service : platform.services()) {
            List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(platform.pid(service.name())), command));
            for (String argument : arguments) {
                line.add(argument.replace("%s", Path.of(directory, service.name()).toAbsolutePath().toString()));
            }
            new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor();
        }
    }

    /** Records not yet read by the consumer groups, summed over their partitions. */
    private static long lag(Admin admin) throws Exception {
        long lag = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> read = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            read.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> at : read.entrySet()) {
                if (at.getValue() != null) {
                    lag += Math.max(0, ends.get(at.getKey()).offset() - at.getValue().offset());
                }
            }
        }
        return lag;
    }

    /** Seconds from {@code since} until the attribution service holds {@code count} verdicts of the project. */
    private double awaitVerdicts(String project, int count, Duration atMost, long since) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        try (Connection c = DriverManager.getConnection(platform.jdbcUrl("attribution"),
                platform.databaseUsername(), platform.databasePassword())) {
            while (System.nanoTime() < deadline) {
                if (verdictCount(c, project) >= count) {
                    return (System.nanoTime() - since) / 1e9;
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the attribution service did not store " + count + " verdicts in " + atMost);
    }

    /**
     * Open loop: registration i is sent at {@code start + i / rate} from a scheduler, answered asynchronously, and its
     * verdict watched for ({@link VerdictWatch}) until readable. Times are from the planned send. Answers {post, verdict,
     * {failed}} and prints where the time went ({@link Stages}).
     */
    private long[][] live(String project, int rate, int seconds, int first, boolean print) throws Exception {
        int count = rate * seconds;
        Stages.Sent[] sent = new Stages.Sent[count];
        Stages stages = new Stages(platform.kafkaClientProperties(), Topics.REGISTRATION_EVENTS.name());
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        VerdictWatch watch = new VerdictWatch(platform.jdbcUrl("attribution"), platform.databaseUsername(),
                platform.databasePassword(), TENANT, project);
        ConcurrentLinkedQueue<CompletableFuture<Void>> all = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime() + 100_000_000L;
        for (int i = 0; i < count; i++) {
            int n = i;
            sent[n] = new Stages.Sent(start + (long) (i * (1e9 / rate)));
            timer.schedule(() -> all.add(registerAndAwait(project, first + n, sent[n], watch)),
                    sent[n].plannedNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        Thread.sleep(Duration.ofSeconds(seconds).toMillis() + 500);
        while (all.size() < count) {
            Thread.sleep(100);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        timer.shutdownNow();
        watch.close();
        long[] post = new long[count];
        long[] verdict = new long[count];
        int failed = 0;
        for (int i = 0; i < count; i++) {
            post[i] = sent[i].answeredNanos - sent[i].plannedNanos;
            if (sent[i].verdictNanos < 0) {
                failed++;
            } else {
                verdict[i] = sent[i].verdictNanos - sent[i].plannedNanos;
            }
        }
        if (print) {
            stages.print(sent);
        }
        return new long[][] {post, verdict, {failed}};
    }

    private CompletableFuture<Void> registerAndAwait(String project, int n, Stages.Sent sent, VerdictWatch watch) {
        String body = """
                {"tenantId":"%s","projectId":"%s","channelId":"%s","channelKind":"AGENCY","agentId":"%s-0%d",
                 "clientSurname":"李","maskedPhone":"139****%04d"}""".formatted(TENANT, project, CHANNEL, CHANNEL,
                1 + n % 3, n % 10_000);
        return client.sendAsync(HttpRequest.newBuilder(URI.create(registration + "/api/v1/registrations"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + agents[n % 3])
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .thenCompose(created -> {
                    sent.answeredNanos = System.nanoTime();
                    Matcher id = ID.matcher(created.body());
                    if (created.statusCode() != 201 || !id.find()) {
                        return CompletableFuture.completedFuture(null);
                    }
                    sent.registrationId = id.group(1);
                    return awaitVerdict(watch, sent.registrationId, agents[n % 3], sent.plannedNanos + 60_000_000_000L)
                            .thenAccept(seen -> {
                                sent.verdictNanos = seen.nanos();
                                sent.foldedAt = seen.foldedAt();
                            });
                });
    }

    /**
     * When the verdict was first readable (seen committed by {@link VerdictWatch}); {@code nanos} -1 after the deadline
     * or when the API then does not serve it.
     */
    private CompletableFuture<VerdictWatch.Seen> awaitVerdict(VerdictWatch watch, String registrationId, String token,
                                                              long deadline) {
        return watch.await(registrationId, deadline).thenCompose(seen -> seen.nanos() < 0
                ? CompletableFuture.completedFuture(seen)
                : client.sendAsync(HttpRequest.newBuilder(URI.create(attribution + "/api/v1/registrations/"
                                + registrationId + "/verdict")).header("Authorization", "Bearer " + token).GET().build(),
                        HttpResponse.BodyHandlers.discarding())
                        .thenApply(answer -> answer.statusCode() == 200 ? seen : new VerdictWatch.Seen(-1, null)));
    }

    /** Rows shaped like the attribution service's events, 1,000 per batch and per commit: what the disk allows. */
    private double batchedInserts(int rows) throws Exception {
        try (Connection c = DriverManager.getConnection(platform.jdbcUrl("attribution") + "?reWriteBatchedInserts=true",
                platform.databaseUsername(), platform.databasePassword())) {
            // a logged table like the service's own (a temporary one skips the write-ahead log and flatters the disk)
            c.createStatement().execute("drop table if exists bench_event");
            c.createStatement().execute("create table bench_event (event_id text primary key, "
                    + "tenant_id text not null, project_id text not null, event_type text not null, "
                    + "occurred_at timestamptz not null, recorded_at timestamptz not null, body bytea not null)");
            c.setAutoCommit(false);
            byte[] body = new byte[400];
            Arrays.fill(body, (byte) 'x');
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("insert into bench_event values (?, ?, ?, ?, ?, ?, ?)")) {
                java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
                for (int done = 0; done < rows; done += 1000) {
                    for (int i = done; i < done + 1000; i++) {
                        insert.setString(1, java.util.UUID.randomUUID().toString());
                        insert.setString(2, TENANT);
                        insert.setString(3, "bench");
                        insert.setString(4, "registration.Registered.v1");
                        insert.setTimestamp(5, now);
                        insert.setTimestamp(6, now);
                        insert.setBytes(7, body);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    c.commit();
                }
            }
            double perSecond = rows / ((System.nanoTime() - start) / 1e9);
            c.createStatement().execute("drop table bench_event");
            c.commit();
            return perSecond;
        }
    }

    private static ServiceSpec withHeap(ServiceSpec spec, String heap) {
        if (!spec.name().equals("attribution")) {
            return spec;
        }
        List<String> arguments = new ArrayList<>();
        if (heap != null) {
            arguments.add("-Xmx" + heap); // after the platform's heap: wins
        }
        // -Dattribution.args="-Dlogging.level.com.baobei.attribution.live=DEBUG": what each fold did, in its log
        // (given with or without -Dattribution.heap; until 2026-12-07 it was dropped without it)
        arguments.addAll(words(System.getProperty("attribution.args", "")));
        return withArguments(spec, arguments);
    }

    /**
     * -Dservices.args="-XX:NativeMemoryTracking=summary …": JVM options for every service, after the platform's (so
     * they win). With native memory tracking on, each service's summary is printed at the end.
     */
    private static ServiceSpec withServiceArgs(ServiceSpec spec) {
        return withArguments(spec, words(System.getProperty("services.args", "")));
    }

    /** The service launched with {@code arguments} before its own (the jar). */
    private static ServiceSpec withArguments(ServiceSpec spec, List<String> arguments) {
        if (arguments.isEmpty()) {
            return spec;
        }
        List<String> all = new ArrayList<>(arguments);
        all.addAll(spec.launchArguments());
        return new ServiceSpec(spec.name(), spec.port(), spec.database(), all);
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    /** The JVM's own account of a service's memory, by category (committed KB), when tracking is on. */
    private static String nativeMemory(long pid) {
        if (!System.getProperty("services.args", "").contains("NativeMemoryTracking")) {
            return "";
        }
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "VM.native_memory", "summary").redirectErrorStream(true).start();
            String text = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jcmd.waitFor();
            StringBuilder out = new StringBuilder();
            java.util.regex.Matcher total = Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB").matcher(text);
            if (total.find()) {
                out.append("Total ").append(Long.parseLong(total.group(1)) / 1024).append(" MB");
            }
            java.util.regex.Matcher m = Pattern.compile("(?m)^(?:-\\s*)?([A-Z][A-Za-z ]+?)\\s*\\(reserved=\\d+KB, "
                    + "committed=(\\d+)KB\\)").matcher(text);
            while (m.find()) {
                long mb = Long.parseLong(m.group(2)) / 1024;
                if (mb > 0) {
                    out.append(out.isEmpty() ? "" : ", ").append(m.group(1).trim()).append(' ').append(mb).append(" MB");
                }
            }
            return "\n      committed: " + out;
        } catch (Exception e) {
            return "\n      (native memory not readable: " + e.getMessage() + ")";
        }
    }

    private static ServiceSpec foldingWhole(ServiceSpec spec) {
        return spec.name().equals("attribution") ? withArguments(spec, List.of("-Dbaobei.fold.resume=false")) : spec;
    }

    /**
     * The attribution service's fold counters, as its Prometheus scrape shows them: {folds, folds that went on from
     * the kept state}. What decides a verdict's wait is how many bursts fold the project from its first event.
     */
    private double[] folds() throws Exception {
        String text = client.send(HttpRequest.newBuilder(URI.create(attribution + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new double[] {PrometheusText.sample(text, "baobei_fold_seconds_count"),
                PrometheusText.sample(text, "baobei_fold_resumed_total")};
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = Arrays.stream(nanos).filter(n -> n > 0).sorted().toArray();
        if (sorted.length == 0) {
            System.out.printf("  %-26s none%n", what);
            return;
        }
        System.out.printf("  %-26s p50 %8.1f ms   p90 %8.1f ms   p99 %8.1f ms   max %8.1f ms  (%d)%n", what,
                ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
