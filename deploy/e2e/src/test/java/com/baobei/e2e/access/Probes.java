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
public final class Probes {

    /** How a request is tied to its developer, and so what another developer's caller must get. */
    public enum Scope {
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
    public record Probe(String method, String path, Object body, Scope scope, String marker, Set<Integer> tolerated) {
    }

    /** A CSV body, sent as {@code text/csv}. */
    public record Csv(String text) {
    }

    /** A file as the body, sent as its own type. */
    public record Raw(byte[] content, String contentType) {
    }

    private static final AtomicInteger fresh = new AtomicInteger(1000);

    private Probes() {
    }

    public static final Map<String, Function<Fixture, Probe>> ALL = Map.ofEntries(
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
            Map.entry("GET /api/v1/registrations/imports", f -> read("/api/v1/registrations/imports?projectId=" + P1,
                    Scope.PROJECT, null)),
            // master data: writes use ids of their own, so another developer's admin writing them stays harmless
            Map.entry("PUT /api/v1/master-data/tenant", f -> put("/api/v1/master-data/tenant",
                    Body.of().with("name", "开发商"))),
            Map.entry("GET /api/v1/master-data/tenant", f -> read("/api/v1/master-data/tenant", Scope.PROJECT, null)),
            Map.entry("PUT /api/v1/master-data/projects/{projectId}", f -> put("/api/v1/master-data/projects/md-p-"
                    + fresh.incrementAndGet(), Body.of().with("name", "新项目").with("unitTypes", List.of("RESIDENTIAL")))),
            Map.entry("GET /api/v1/master-data/projects", f -> read("/api/v1/master-data/projects", Scope.PROJECT,
                    null)),
            Map.entry("PUT /api/v1/master-data/projects/{projectId}/consultants/{consultantId}", f -> put(
                    "/api/v1/master-data/projects/" + P1 + "/consultants/md-c-" + fresh.incrementAndGet(),
                    Body.of().with("name", "新顾问"))),
            Map.entry("GET /api/v1/master-data/projects/{projectId}/consultants", f -> read(
                    "/api/v1/master-data/projects/" + P1 + "/consultants", Scope.PROJECT,
                    AccessCast.user("CONSULTANT", f.tenant()))),
            Map.entry("PUT /api/v1/master-data/channels/{channelId}", f -> put("/api/v1/master-data/channels/md-ch-"
                    + fresh.incrementAndGet(), Body.of().with("name", "新渠道").with("kind", "AGENCY")
                    .with("projectIds", List.of(P1)))),
            Map.entry("GET /api/v1/master-data/channels", f -> read("/api/v1/master-data/channels", Scope.PROJECT,
                    null)),
            Map.entry("PUT /api/v1/master-data/channels/{channelId}/agents/{agentId}", f -> put(
                    "/api/v1/master-data/channels/" + C1 + "/agents/md-a-" + fresh.incrementAndGet(),
                    Body.of().with("name", "新经纪人"))),
            Map.entry("GET /api/v1/master-data/channels/{channelId}/agents", f -> read("/api/v1/master-data/channels/"
                    + C1 + "/agents", Scope.PROJECT, null)),
            Map.entry("POST /api/v1/master-data/projects/imports", f -> csv("/api/v1/master-data/projects/imports",
                    "项目编号,项目名称,案场,开盘日期,销售开始,销售结束,户型,状态\n"
                            + "md-p-" + fresh.incrementAndGet() + ",导入项目,南门案场,2026-01-01,2026-01-01,2027-12-31,住宅,启用\n")),
            Map.entry("POST /api/v1/master-data/channels/imports", f -> csv("/api/v1/master-data/channels/imports",
                    "渠道编号,渠道名称,渠道类型,合作开始,合作结束,合作项目,状态\n"
                            + "md-ch-" + fresh.incrementAndGet() + ",导入渠道,分销,2026-01-01,2027-12-31," + P1 + ",启用\n")),
            Map.entry("POST /api/v1/master-data/agents/imports", f -> csv("/api/v1/master-data/agents/imports",
                    "渠道编号,经纪人编号,姓名,状态\n" + C1 + ",md-a-" + fresh.incrementAndGet() + ",导入经纪人,启用\n")),
            Map.entry("POST /api/v1/master-data/consultants/imports", f -> csv(
                    "/api/v1/master-data/consultants/imports", "项目编号,置业顾问编号,姓名,上级编号,状态\n"
                            + P1 + ",md-c-" + fresh.incrementAndGet() + ",导入顾问,,启用\n")),

            Map.entry("POST /api/v1/evidence", f -> new Probe("POST", "/api/v1/evidence?projectId=" + P1
                    + "&fileName=photo.jpg", new Raw(Fixture.evidencePhoto(f.tenant()), "image/jpeg"), Scope.PROJECT,
                    null, Set.of())),
            Map.entry("GET /api/v1/evidence/{evidenceId}", f -> read("/api/v1/evidence/" + f.evidenceId(),
                    Scope.RECORD, "evidence of " + f.tenant() + " ")),
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
            Map.entry("GET /api/v1/purchases", f -> read("/api/v1/purchases?projectId=" + P1, Scope.PROJECT,
                    f.purchaseId())),
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
            // ROT-3, ROT-4: the demo's consultants name no agency, so an allowed caller may get 422 (master data)
            Map.entry("PUT /api/v1/projects/{projectId}/call-rota/{date}", f -> new Probe("PUT", "/api/v1/projects/"
                    + P1 + "/call-rota/" + LocalDate.now(ZONE), Body.of().with("agencies", List.of("shilian")),
                    Scope.PROJECT, null, Set.of(422))),
            Map.entry("POST /api/v1/projects/{projectId}/calls", f -> new Probe("POST", "/api/v1/projects/" + P1
                    + "/calls", Body.of().with("calledAt", Instant.now().minusSeconds(60).toString())
                    .with("callerSurname", "王"), Scope.PROJECT, null, Set.of(409, 422))),
            Map.entry("PUT /api/v1/projects/{projectId}/routing", f -> new Probe("PUT", "/api/v1/projects/" + P1
                    + "/routing", Body.of().with("routes", List.of()), Scope.PROJECT, null, Set.of(422))),
            // PIPL (ADR 0033): the path names the tenant; a fresh number erases nothing, and a century keeps everything
            Map.entry("POST /api/v1/tenants/{tenantId}/erasures", f -> write("/api/v1/tenants/" + f.tenant()
                    + "/erasures", Body.of().with("phone", phone()).with("reason", "本人申请删除"), Scope.BODY_TENANT)),
            Map.entry("GET /api/v1/tenants/{tenantId}/erasures", f -> read("/api/v1/tenants/" + f.tenant()
                    + "/erasures", Scope.BODY_TENANT, null)),
            Map.entry("PUT /api/v1/tenants/{tenantId}/retention", f -> new Probe("PUT", "/api/v1/tenants/"
                    + f.tenant() + "/retention", Body.of().with("fullNumberDays", 36500), Scope.BODY_TENANT, null,
                    Set.of())),

            Map.entry("GET /api/v1/registrations/{registrationId}/verdict", f -> read("/api/v1/registrations/"
                    + f.liveRegistration() + "/verdict", Scope.RECORD, f.liveRegistration())),
            Map.entry("GET /api/v1/projects/{projectId}/verdicts", f -> read("/api/v1/projects/" + P1
                    + "/verdicts?ids=" + f.liveRegistration(), Scope.PROJECT, f.liveRegistration())),
            Map.entry("GET /api/v1/projects/{projectId}/clients/{clientKey}", f -> read("/api/v1/projects/" + P1
                    + "/clients/" + f.clientKey(), Scope.RECORD, f.clientKey())),
            Map.entry("GET /api/v1/projects/{projectId}/clients", f -> read("/api/v1/projects/" + P1
                    + "/clients?maskedPhone=" + URLEncoder.encode(f.clientMasked(), StandardCharsets.UTF_8),
                    Scope.PROJECT, f.clientKey())),
            Map.entry("GET /api/v1/projects/{projectId}/purchases", f -> read("/api/v1/projects/" + P1
                    + "/purchases", Scope.PROJECT, f.purchaseId())),
            Map.entry("GET /api/v1/projects/{projectId}/disputes", f -> read("/api/v1/projects/" + P1
                    + "/disputes", Scope.PROJECT, f.disputeId())),
            Map.entry("GET /api/v1/projects/{projectId}/disputes/{disputeId}/claim", f -> read("/api/v1/projects/" + P1
                    + "/disputes/" + f.disputeId() + "/claim", Scope.PROJECT, f.disputeId())),
            Map.entry("GET /api/v1/projects/{projectId}/policy", f -> read("/api/v1/projects/" + P1 + "/policy",
                    Scope.PROJECT, null)),
            Map.entry("PUT /api/v1/projects/{projectId}/policy", f -> new Probe("PUT", "/api/v1/projects/" + P1
                    + "/policy", Body.of().with("effectiveFrom", LocalDate.now(ZONE).minusDays(30))
                    .with("validityMode", "SAME_DAY").with("protectionDays", 30).with("renewalWindowDays", 7),
                    Scope.PROJECT, null, Set.of())),
            Map.entry("POST /api/v1/projects/{projectId}/policy/preview", f -> new Probe("POST", "/api/v1/projects/" + P1
                    + "/policy/preview", Body.of().with("effectiveFrom", LocalDate.now(ZONE).minusDays(30))
                    .with("protectionDays", 3).with("renewalWindowDays", 1), Scope.PROJECT, null, Set.of())),
            Map.entry("POST /api/v1/simulations attribution", f -> new Probe("POST", "/api/v1/simulations",
                    Body.of().with("events", List.of()), Scope.PROJECT, null, Set.of())),
            Map.entry("GET /api/v1/policy-presets", f -> read("/api/v1/policy-presets", Scope.PROJECT, null)),
            // RPT-1: rows name only channel and agent ids, which every developer's fixture shares: no marker
            Map.entry("GET /api/v1/projects/{projectId}/reports", f -> read("/api/v1/projects/" + P1
                    + "/reports?by=agent&per=period&from=" + LocalDate.now(ZONE).minusDays(30) + "&to="
                    + LocalDate.now(ZONE), Scope.PROJECT, null)),

            Map.entry("PUT /api/v1/projects/{projectId}/channels/{channelId}/agreement", f -> new Probe("PUT",
                    "/api/v1/projects/" + P1 + "/channels/" + C1 + "/agreement",
                    Fixture.agreement(LocalDate.now(ZONE)), Scope.PROJECT, null, Set.of())),
            Map.entry("GET /api/v1/projects/{projectId}/channels/{channelId}/agreement", f -> read(
                    "/api/v1/projects/" + P1 + "/channels/" + C1 + "/agreement", Scope.PROJECT, null)),
            Map.entry("GET /api/v1/statements", f -> read("/api/v1/statements?projectId=" + P1, Scope.PROJECT,
                    f.statementId())),
            Map.entry("GET /api/v1/statements/{statementId}", f -> read("/api/v1/statements/"
                    + f.statementId(), Scope.RECORD, null)),
            // RPT-1's money: rows name only channel and agent ids, which every developer's fixture shares
            Map.entry("GET /api/v1/projects/{projectId}/reports/commission", f -> read("/api/v1/projects/" + P1
                    + "/reports/commission?by=agent&per=period&from=" + LocalDate.now(ZONE).minusDays(60) + "&to="
                    + LocalDate.now(ZONE), Scope.PROJECT, null)),
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
            Map.entry("GET /api/v1/fines", f -> read("/api/v1/fines?projectId=" + P1, Scope.PROJECT, f.fineId())),
            // ADR 0032: manual adjustments (four eyes) and commission inquiries
            Map.entry("POST /api/v1/projects/{projectId}/adjustments", f -> write("/api/v1/projects/" + P1
                    + "/adjustments", Body.of().with("channelId", C1).with("direction", "CREDIT")
                    .with("amount", "100.00").with("reason", "核对差额"), Scope.PROJECT)),
            Map.entry("GET /api/v1/projects/{projectId}/adjustments", f -> read("/api/v1/projects/" + P1
                    + "/adjustments", Scope.PROJECT, null)),
            // no adjustment of that id (404), or the suite's one finance user deciding their own proposal (409):
            // what is checked here is who may call it at all
            Map.entry("POST /api/v1/projects/{projectId}/adjustments/{adjustmentId}/approval", f -> new Probe("POST",
                    "/api/v1/projects/" + P1 + "/adjustments/probe-adjustment/approval",
                    Body.of().with("decision", "APPROVE"), Scope.RECORD, null, Set.of(404, 409))),
            Map.entry("POST /api/v1/projects/{projectId}/inquiries", f -> new Probe("POST", "/api/v1/projects/" + P1
                    + "/inquiries", Body.of().with("statementId", f.statementId())
                    .with("lineKey", "fine:" + f.fineId() + ":1").with("question", "这笔罚款的依据？"), Scope.RECORD,
                    null, Set.of())),
            Map.entry("GET /api/v1/projects/{projectId}/inquiries", f -> read("/api/v1/projects/" + P1
                    + "/inquiries", Scope.PROJECT, null)),
            Map.entry("POST /api/v1/projects/{projectId}/inquiries/{inquiryId}/answer", f -> new Probe("POST",
                    "/api/v1/projects/" + P1 + "/inquiries/probe-inquiry/answer", Body.of().with("outcome", "REFUSAL")
                    .with("answer", "按协议计算"), Scope.RECORD, null, Set.of(404, 409))));

    /** The probe of a row: the simulations of two services share a path, told apart by service. */
    public static Function<Fixture, Probe> of(Matrix.Row row) {
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

    private static Probe put(String path, Object body) {
        return new Probe("PUT", path, body, Scope.PROJECT, null, Set.of());
    }

    private static Probe csv(String path, String text) {
        return new Probe("POST", path, new Csv(text), Scope.PROJECT, null, Set.of());
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
