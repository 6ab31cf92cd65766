package com.baobei.e2e.access;

import static com.baobei.e2e.access.AccessCast.AGENT;
import static com.baobei.e2e.access.AccessCast.C1;
import static com.baobei.e2e.access.AccessCast.P1;
import static com.baobei.e2e.access.AccessCast.ZONE;

import com.baobei.demo.feed.Body;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * For every row of the matrix, a real request against one developer's {@link Fixture}: a valid body, the ids of
 * records that exist, and what would betray a leak.
 */
final class Probes {

    /** How a request is tied to its developer, and so what another developer's caller must get. */
    enum Scope {
        /** the body names the tenant: another developer's caller gets 403 */
        BODY_TENANT,
        /** the path names a record: another developer's caller gets 404 (or 403) */
        RECORD,
        /** the path or body names a project only: another developer's caller acts on their own namesake project */
        PROJECT
    }

    /**
     * @param marker    a string only this developer's (or channel's) answer may contain; null: none to look for
     * @param tolerated statuses besides 2xx an allowed caller may get for reasons of state, not access (a second
     *                  ruling, a statement already issued)
     */
    record Probe(String method, String path, Object body, Scope scope, String marker, Set<Integer> tolerated) {
    }

    private static final AtomicInteger fresh = new AtomicInteger(1000);

    private Probes() {
    }

    static final Map<String, Function<Fixture, Probe>> ALL = Map.ofEntries(
            Map.entry("POST /api/v1/registrations", f -> write("/api/v1/registrations", Body.of()
                    .with("tenantId", f.tenant()).with("projectId", P1).with("channelId", C1)
                    .with("channelKind", "AGENCY").with("agentId", AGENT).with("clientSurname", "赵")
                    .with("maskedPhone", masked()), Scope.BODY_TENANT)),
            Map.entry("GET /api/v1/registrations/{registrationId}", f -> read("/api/v1/registrations/"
                    + f.liveRegistration(), Scope.RECORD, f.liveRegistration())),
            Map.entry("GET /api/v1/registrations", f -> read("/api/v1/registrations?projectId=" + P1 + "&channelId="
                    + C1, Scope.PROJECT, f.liveRegistration())),
            Map.entry("POST /api/v1/registrations/imports", f -> write("/api/v1/registrations/imports", Body.of()
                    .with("tenantId", f.tenant()).with("projectId", P1).with("rows", List.of(Body.of()
                            .with("registeredAt", Instant.now().minusSeconds(86_400 * 3)).with("channelId", C1)
                            .with("channelKind", "AGENCY").with("agentId", "c1-02").with("clientSurname", "周")
                            .with("maskedPhone", masked()))), Scope.BODY_TENANT)),
            Map.entry("POST /api/v1/disputes", f -> write("/api/v1/disputes",
                    Fixture.dispute(f.tenant(), f.liveRegistration(), f.liveSurname(), f.liveMasked()),
                    Scope.BODY_TENANT)),

            Map.entry("POST /api/v1/visits", f -> write("/api/v1/visits", Body.of()
                    .with("tenantId", f.tenant()).with("projectId", P1).with("kind", "CLIENT")
                    .with("clientSurname", "吴").with("clientPhone", phone()).with("visitedAt", Instant.now())
                    .with("consultantId", AccessCast.user("CONSULTANT", f.tenant())), Scope.BODY_TENANT)),
            Map.entry("POST /api/v1/visits/{visitId}/form", f -> new Probe("POST", "/api/v1/visits/" + f.visitId()
                    + "/form", Body.of().with("consultantSignature", "sig-c-" + fresh.incrementAndGet()),
                    Scope.RECORD, null, Set.of(409, 422))),
            Map.entry("GET /api/v1/visits/{visitId}", f -> read("/api/v1/visits/" + f.visitId(), Scope.RECORD,
                    f.visitId())),
            Map.entry("POST /api/v1/purchases", f -> write("/api/v1/purchases", Fixture.purchase(f.tenant(),
                    f.tenant() + "-s" + fresh.incrementAndGet(), phone()), Scope.BODY_TENANT)),
            Map.entry("POST /api/v1/purchases/{purchaseId}/cancellation", f -> new Probe("POST", "/api/v1/purchases/"
                    + f.cancellablePurchaseId() + "/cancellation", Body.of().with("reason", "客户退订"),
                    Scope.RECORD, null, Set.of(409, 422))),
            Map.entry("GET /api/v1/purchases/{purchaseId}", f -> read("/api/v1/purchases/" + f.purchaseId(),
                    Scope.RECORD, f.purchaseId())),
            Map.entry("POST /api/v1/disputes/{disputeId}/rulings", f -> new Probe("POST", "/api/v1/disputes/"
                    + f.disputeId() + "/rulings", Body.of().with("tenantId", f.tenant()).with("projectId", P1)
                    .with("clientSurname", f.liveSurname()).with("maskedPhone", f.liveMasked())
                    .with("ownerKind", "CHANNEL").with("channelId", C1).with("agentId", AGENT)
                    .with("rationale", "报备在先，维持原渠道"), Scope.RECORD, null, Set.of(409))),
            Map.entry("GET /api/v1/disputes/{disputeId}/rulings", f -> read("/api/v1/disputes/" + f.disputeId()
                    + "/rulings", Scope.RECORD, null)),
            Map.entry("PUT /api/v1/projects/{projectId}/rotation/{date}", f -> new Probe("PUT", "/api/v1/projects/"
                    + P1 + "/rotation/" + LocalDate.now(ZONE), Body.of().with("consultants",
                    List.of(AccessCast.user("CONSULTANT", f.tenant()))), Scope.PROJECT, null, Set.of())),
            // no marker: another developer's site manager may put any name in their own p1's rotation
            Map.entry("GET /api/v1/projects/{projectId}/rotation/{date}", f -> read("/api/v1/projects/" + P1
                    + "/rotation/" + LocalDate.now(ZONE), Scope.PROJECT, null)),
            Map.entry("POST /api/v1/projects/{projectId}/rotation/{date}/declined", f -> new Probe("POST",
                    "/api/v1/projects/" + P1 + "/rotation/" + LocalDate.now(ZONE) + "/declined", Body.of(),
                    Scope.PROJECT, null, Set.of(404, 409, 422))),

            Map.entry("GET /api/v1/registrations/{registrationId}/verdict", f -> read("/api/v1/registrations/"
                    + f.liveRegistration() + "/verdict", Scope.RECORD, f.liveRegistration())),
            Map.entry("GET /api/v1/projects/{projectId}/clients/{clientKey}", f -> read("/api/v1/projects/" + P1
                    + "/clients/" + f.clientKey(), Scope.RECORD, f.clientKey())),
            Map.entry("GET /api/v1/projects/{projectId}/clients", f -> read("/api/v1/projects/" + P1
                    + "/clients?maskedPhone=" + URLEncoder.encode(f.clientMasked(), StandardCharsets.UTF_8),
                    Scope.PROJECT, f.clientKey())),
            Map.entry("GET /api/v1/projects/{projectId}/purchases", f -> read("/api/v1/projects/" + P1
                    + "/purchases", Scope.PROJECT, f.purchaseId())),
            Map.entry("GET /api/v1/projects/{projectId}/disputes", f -> read("/api/v1/projects/" + P1
                    + "/disputes", Scope.PROJECT, f.disputeId())),
            Map.entry("GET /api/v1/projects/{projectId}/policy", f -> read("/api/v1/projects/" + P1 + "/policy",
                    Scope.PROJECT, null)),
            Map.entry("PUT /api/v1/projects/{projectId}/policy", f -> new Probe("PUT", "/api/v1/projects/" + P1
                    + "/policy", Body.of().with("effectiveFrom", LocalDate.now(ZONE).minusDays(30))
                    .with("validityMode", "SAME_DAY").with("protectionDays", 30).with("renewalWindowDays", 7),
                    Scope.PROJECT, null, Set.of())),
            Map.entry("POST /api/v1/simulations attribution", f -> new Probe("POST", "/api/v1/simulations",
                    Body.of().with("events", List.of()), Scope.PROJECT, null, Set.of())),

            Map.entry("PUT /api/v1/projects/{projectId}/channels/{channelId}/agreement", f -> new Probe("PUT",
                    "/api/v1/projects/" + P1 + "/channels/" + C1 + "/agreement",
                    Fixture.agreement(LocalDate.now(ZONE)), Scope.PROJECT, null, Set.of())),
            Map.entry("GET /api/v1/projects/{projectId}/channels/{channelId}/agreement", f -> read(
                    "/api/v1/projects/" + P1 + "/channels/" + C1 + "/agreement", Scope.PROJECT, null)),
            Map.entry("GET /api/v1/statements", f -> read("/api/v1/statements?projectId=" + P1, Scope.PROJECT,
                    f.statementId())),
            Map.entry("GET /api/v1/statements/{statementId}", f -> read("/api/v1/statements/"
                    + f.statementId(), Scope.RECORD, null)),
            Map.entry("GET /api/v1/statements/{statementId}/csv", f -> read("/api/v1/statements/"
                    + f.statementId() + "/csv", Scope.RECORD, null)),
            Map.entry("GET /api/v1/statements/{statementId}/xlsx", f -> read("/api/v1/statements/"
                    + f.statementId() + "/xlsx", Scope.RECORD, null)),
            Map.entry("POST /api/v1/statements/{statementId}/issue", f -> new Probe("POST", "/api/v1/statements/"
                    + f.statementId() + "/issue", null, Scope.RECORD, null, Set.of(409, 422))),
            Map.entry("POST /api/v1/simulations commission", f -> new Probe("POST", "/api/v1/simulations",
                    Body.of().with("projectId", P1).with("channelId", C1)
                            .with("agreement", Fixture.agreement(LocalDate.now(ZONE)))
                            .with("deals", List.of(Body.of().with("amount", new BigDecimal("2000000.00"))
                                    .with("subscribedAt", Instant.now())))
                            .with("period", LocalDate.now(ZONE).toString()), Scope.PROJECT, null, Set.of())),
            Map.entry("POST /api/v1/fines", f -> write("/api/v1/fines", Fixture.fine("fine-" + fresh.incrementAndGet()),
                    Scope.PROJECT)),
            Map.entry("GET /api/v1/fines", f -> read("/api/v1/fines?projectId=" + P1, Scope.PROJECT, f.fineId())));

    /** The probe of a row: the simulations of two services share a path, told apart by service. */
    static Function<Fixture, Probe> of(Matrix.Row row) {
        Function<Fixture, Probe> probe = ALL.get(row.key());
        if (probe == null) {
            probe = ALL.get(row.key() + " " + row.service());
        }
        if (probe == null) {
            throw new IllegalStateException("the matrix names " + row.key() + " of " + row.service()
                    + ", which the suite has no request for: add one to Probes");
        }
        return probe;
    }

    private static Probe write(String path, Object body, Scope scope) {
        return new Probe("POST", path, body, scope, null, Set.of());
    }

    private static Probe read(String path, Scope scope, String marker) {
        return new Probe("GET", path, null, scope, marker, Set.of());
    }

    private static String masked() {
        int n = fresh.incrementAndGet();
        return "136****" + String.format("%04d", n % 10_000);
    }

    private static String phone() {
        int n = fresh.incrementAndGet();
        return "1350000" + String.format("%04d", n % 10_000);
    }
}
