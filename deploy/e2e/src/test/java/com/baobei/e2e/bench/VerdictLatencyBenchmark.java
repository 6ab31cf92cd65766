package com.baobei.e2e.bench;

import com.baobei.platform.Platform;
import com.baobei.platform.PlatformConfig;
import com.baobei.platform.RepositoryRoot;
import com.baobei.platform.RunningPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a channel agent waits for the verdict: from sending {@code POST /api/v1/registrations}
 * to the attribution service answering {@code GET /api/v1/registrations/{id}/verdict}, across
 * the real processes ./run.sh starts (event store → publisher → Kafka → fold → projection).
 * Printed next to the POST alone, measured in the same run. Not a test: run it with
 * <pre>./mvnw -q -pl deploy/e2e -am install -DskipTests && ./mvnw -q -pl deploy/e2e test-compile exec:java \
 *   -Dexec.classpathScope=test -Dexec.mainClass=com.baobei.e2e.bench.VerdictLatencyBenchmark</pre>
 * Options: -Dregistrations=300 -Dwarmup=100.
 */
public final class VerdictLatencyBenchmark {

    private static final Pattern ID = Pattern.compile("\"registrationId\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) {
        try (RunningPlatform platform = Platform.start(PlatformConfig.defaults(RepositoryRoot.find())
                .withDataDirectory(Path.of("target", "latency-platform").toAbsolutePath())
                .withAnyFreePorts().withFresh(true).withReadinessTimeout(Duration.ofMinutes(5)))) {
            // a demo agent of the default users file, on a fresh platform
            String token = platform.token("huajing.jiayuan-01", "demo");
            run(platform.serviceUrl("registration").toString(), platform.serviceUrl("attribution").toString(), token);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String registration, String attribution, String token) throws Exception {
        int count = Integer.getInteger("registrations", 300);
        int warmup = Integer.getInteger("warmup", 100);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String project = "hj-binjiang";
        long[] post = new long[count];
        long[] verdict = new long[count];
        for (int i = -warmup; i < count; i++) {
            String body = """
                    {"tenantId":"huajing","projectId":"%s","channelId":"jiayuan","channelKind":"AGENCY","agentId":"jiayuan-01",
                     "clientSurname":"王","maskedPhone":"138****%04d"}""".formatted(project, (i + warmup) % 10_000);
            long start = System.nanoTime();
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(
                            URI.create(registration + "/api/v1/registrations"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long posted = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("registration refused: " + created.body());
            }
            Matcher id = ID.matcher(created.body());
            if (!id.find()) {
                throw new IllegalStateException("no registrationId in " + created.body());
            }
            HttpRequest ask = HttpRequest.newBuilder(
                    URI.create(attribution + "/api/v1/registrations/" + id.group(1) + "/verdict"))
                    .header("Authorization", "Bearer " + token).GET().build();
            long deadline = start + Duration.ofSeconds(30).toNanos();
            while (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no verdict after 30 s for " + id.group(1));
                }
                Thread.sleep(1);
            }
            long decided = System.nanoTime();
            if (i >= 0) {
                post[i] = posted - start;
                verdict[i] = decided - start;
            }
        }
        System.out.printf("%nverdict latency, %d registrations one after another (after %d warm-up)%n", count, warmup);
        print("POST /registrations answered (baseline)", post);
        print("verdict readable at attribution", verdict);
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-42s p50 %6.1f ms   p90 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n", what,
                ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
