package com.baobei.e2e.access;

import static com.baobei.e2e.access.AccessCast.NORTH;
import static com.baobei.e2e.access.AccessCast.SOUTH;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.demo.feed.Api;
import com.baobei.demo.feed.Login;
import com.baobei.demo.feed.Users;
import com.baobei.e2e.SharedPlatform;
import com.baobei.e2e.access.Probes.Probe;
import com.baobei.e2e.access.Probes.Scope;
import com.baobei.platform.RepositoryRoot;
import com.baobei.platform.RunningPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role matrix of docs/security.md, checked against the real processes: every endpoint, as every role, and as
 * a caller of another developer, another channel, another agent, another project, without a token, with identity
 * headers instead of a token, with an expired token and with a token signed by a stranger. Allowed requests act on
 * records that exist; refused ones must not see or change another's. The counts are printed per service.
 */
@ExtendWith(SharedPlatform.class)
class AccessMatrixIT {

    private static RunningPlatform platform;
    private static Api api;
    private static Login login;
    private static Forgeries forgeries;
    private static Fixture north;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void twoDevelopers() {
        SharedPlatform.Running running = SharedPlatform.running();
        platform = running.platform();
        api = running.api();
        login = running.login();
        forgeries = running.forgeries();
        north = running.north();
    }

    /** What one case expects of its answer. */
    enum Expect { ALLOWED, FORBIDDEN, UNAUTHENTICATED, HIDDEN, OWN_ONLY }

    private record Outcome(String service, String what, boolean ok, boolean leak) {
    }

    @Test
    void every_endpoint_answers_every_caller_as_the_matrix_says() {
        Matrix matrix = Matrix.read(RepositoryRoot.find().resolve("docs/security.md"));
        List<Outcome> outcomes = new ArrayList<>();
        for (Matrix.Row row : matrix.rows()) {
            Function<Fixture, Probe> probeOf = Probes.of(row);
            URI base = platform.serviceUrl(row.service());
            for (String role : matrix.roles()) {
                String user = AccessCast.user(role, NORTH);
                Expect own = row.allows(role) ? Expect.ALLOWED : Expect.FORBIDDEN;
                outcomes.add(check(row, role + " of the same developer", base, probeOf.apply(north), bearer(user), own));
                if (!row.allows(role)) {
                    continue;
                }
                Probe probe = probeOf.apply(north);
                String southUser = AccessCast.user(role, SOUTH);
                outcomes.add(check(row, role + " of another developer", base, probe, bearer(southUser),
                        probe.scope() == Scope.PROJECT ? Expect.OWN_ONLY : Expect.HIDDEN));
                String cell = row.cells().get(role);
                if (cell.equals("own")) {
                    // a channel's writes are its own; its reads show its own records only
                    Expect otherChannel = row.method().equals("GET") ? Expect.OWN_ONLY : Expect.HIDDEN;
                    outcomes.add(check(row, role + " of another channel", base, probeOf.apply(north),
                            bearer(AccessCast.otherChannelUser(role, NORTH)), otherChannel));
                    if (role.equals("CHANNEL_AGENT")) {
                        outcomes.add(check(row, "another agent of the same channel", base, probeOf.apply(north),
                                bearer(Users.agent(NORTH, "c1-02")), otherChannel));
                    }
                }
                if (cell.equals("projects") && !row.path().equals("/api/v1/simulations")) {
                    outcomes.add(check(row, role + " of another project", base, probeOf.apply(north),
                            bearer(AccessCast.otherProjectUser(role)), Expect.HIDDEN));
                }
            }
            Map<String, Object> adminClaims = Map.of("sub", Users.admin(NORTH), "tenant", NORTH,
                    "roles", List.of("TENANT_ADMIN", "FINANCE", "SITE_MANAGER"));
            outcomes.add(check(row, "no token", base, probeOf.apply(north), Map.of(), Expect.UNAUTHENTICATED));
            outcomes.add(check(row, "identity headers instead of a token", base, probeOf.apply(north),
                    Map.of("X-Actor", Users.admin(NORTH), "X-Role", "TENANT_ADMIN", "X-Tenant", NORTH),
                    Expect.UNAUTHENTICATED));
            outcomes.add(check(row, "an expired token", base, probeOf.apply(north),
                    Map.of("Authorization", "Bearer " + forgeries.expired(adminClaims)), Expect.UNAUTHENTICATED));
            outcomes.add(check(row, "a token signed by a stranger", base, probeOf.apply(north),
                    Map.of("Authorization", "Bearer " + forgeries.stranger(adminClaims)), Expect.UNAUTHENTICATED));
        }
        report(outcomes);
        assertThat(outcomes.stream().filter(o -> o.leak).map(Outcome::what)).as("cross-tenant or cross-channel reads")
                .isEmpty();
        assertThat(outcomes.stream().filter(o -> !o.ok).map(Outcome::what)).as("answers unlike the matrix").isEmpty();
    }

    private static Map<String, String> bearer(String user) {
        return Map.of("Authorization", "Bearer " + login.token(user),
                // a forged header beside a real token changes nothing either
                "X-Role", "TENANT_ADMIN");
    }

    private static Outcome check(Matrix.Row row, String who, URI base, Probe probe, Map<String, String> headers,
                                 Expect expect) {
        HttpResponse<String> answer = send(base, probe, headers);
        int status = answer.statusCode();
        boolean success = status / 100 == 2 || probe.tolerated().contains(status);
        boolean leak = probe.marker() != null && status / 100 == 2 && answer.body().contains(probe.marker())
                && (expect == Expect.OWN_ONLY || expect == Expect.HIDDEN);
        boolean ok = switch (expect) {
            case ALLOWED -> success;
            case FORBIDDEN -> status == 403;
            case UNAUTHENTICATED -> status == 401;
            case HIDDEN -> status == 403 || status == 404;
            // acting on one's own namesake project: allowed, or refused because what it names is another's (422)
            case OWN_ONLY -> status == 403 || status == 404 || status == 422 || success;
        };
        String what = row.service() + " " + row.key() + " as " + who + ": expected " + expect + ", got " + status
                + (leak ? " showing another's " + probe.marker() : "")
                + (ok && !leak ? "" : " " + abbreviate(answer.body()));
        return new Outcome(row.service(), what, ok && !leak, leak);
    }

    private static HttpResponse<String> send(URI base, Probe probe, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(probe.path())).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        request.header("Idempotency-Key", java.util.UUID.randomUUID().toString());
        if (probe.body() == null) {
            request.method(probe.method(), HttpRequest.BodyPublishers.noBody());
        } else if (probe.body() instanceof Probes.Raw raw) {
            request.header("Content-Type", raw.contentType());
            request.method(probe.method(), HttpRequest.BodyPublishers.ofByteArray(raw.content()));
        } else if (probe.body() instanceof Probes.Csv csv) {
            request.header("Content-Type", "text/csv; charset=UTF-8");
            request.method(probe.method(), HttpRequest.BodyPublishers.ofString(csv.text(), StandardCharsets.UTF_8));
        } else {
            request.header("Content-Type", "application/json");
            request.method(probe.method(), HttpRequest.BodyPublishers.ofByteArray(api.write(probe.body())));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(probe.method() + " " + probe.path() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void report(List<Outcome> outcomes) {
        Map<String, int[]> byService = new TreeMap<>();
        for (Outcome o : outcomes) {
            int[] counts = byService.computeIfAbsent(o.service, s -> new int[3]);
            counts[0]++;
            counts[1] += o.ok ? 1 : 0;
            counts[2] += o.leak ? 1 : 0;
        }
        System.out.println();
        System.out.println("Access matrix (docs/security.md) against the running services");
        byService.forEach((service, c) -> System.out.printf("  %-13s %4d cases  %4d as the matrix says  %d leaks%n",
                service, c[0], c[1], c[2]));
        System.out.printf("  %-13s %4d cases  %4d as the matrix says  %d cross-tenant or cross-channel reads%n",
                "all", outcomes.size(), outcomes.stream().filter(o -> o.ok).count(),
                outcomes.stream().filter(o -> o.leak).count());
        outcomes.stream().filter(o -> !o.ok).forEach(o -> System.out.println("  MISMATCH " + o.what));
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
