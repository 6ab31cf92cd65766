package com.baobei.console.browser;

import com.baobei.contracts.Ids;
import com.baobei.demo.feed.Api;
import com.baobei.demo.feed.Body;
import com.baobei.demo.feed.Users;
import com.baobei.demo.month.Agreement;
import com.baobei.demo.month.Channel;
import com.baobei.demo.month.Project;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * What the browser flows need before a person opens a page, made through the services' public APIs with the token
 * of whoever would do it (as deploy/e2e's Feeder and Fixture do): a dispute between two channels for the site
 * manager; a deal in the demo month's first settlement period, which ended yesterday, for finance.
 */
final class Setups {

    private final ConsolePlatform platform;
    private final Api api;

    Setups(ConsolePlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    /** A mobile number no other flow uses, and its masked form (first three and last four digits). */
    record Phone(String full, String masked) {
        static Phone random() {
            String full = "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            return new Phone(full, full.substring(0, 3) + "****" + full.substring(7));
        }
    }

    /** Channel A's agent registers a client first; channel B's agent registers them later and disputes it. */
    record Dispute(String disputeId, String projectId, String ownerChannel, String raisingChannel, Phone phone) {
    }

    /** Channel A's agent registers a client first, channel B's agent later: B's claim, ready to be disputed. */
    record Claims(String projectId, String ownerChannel, String raisingChannel, String raisingAgent,
                  String claimedRegistration, Phone phone) {
    }

    Claims twoChannelsClaimOneClient(Project project) {
        List<Channel> channels = platform.month.channels().stream()
                .filter(c -> project.channelIds().contains(c.id())).limit(2).toList();
        Channel first = channels.get(0);
        Channel second = channels.get(1);
        Phone phone = Phone.random();
        String agentA = first.agents().get(0).id();
        String agentB = second.agents().get(0).id();
        String owned = register(project, first, agentA, phone);
        await("the verdict of " + owned, () -> verdictOf(project, owned) != null);
        String claimed = register(project, second, agentB, phone);
        await("the verdict of " + claimed, () -> verdictOf(project, claimed) != null);
        return new Claims(project.id(), first.id(), second.id(), agentB, claimed, phone);
    }

    /** Until the attribution service lists the dispute, as the site manager's page reads it. */
    void awaitDispute(Project project, String disputeId) {
        await("the dispute " + disputeId + " at the attribution service", () -> {
            JsonNode list = api.get(uri(platform.services.attribution(), "/api/v1/projects/" + project.id()
                    + "/disputes"), Api.Caller.as(project.siteManager())).body();
            for (JsonNode d : list) {
                if (disputeId.equals(d.path("disputeId").asText())) {
                    return true;
                }
            }
            return false;
        });
    }

    /** A registration and its verdict once the visit naming it was folded (USED, or REJECTED by REG-1). */
    record AtTheDoor(String registrationId, String verdict) {
    }

    /**
     * A client registered and brought in the same minute: whether REG-1 lets the registration count depends on the
     * project's lead time (its preset's, in the demo). Returns it once the visit has been judged.
     */
    AtTheDoor registeredAtTheDoor(Project project) {
        Channel channel = platform.month.channels().stream()
                .filter(c -> project.channelIds().contains(c.id())).findFirst().orElseThrow();
        String agentId = channel.agents().get(0).id();
        Phone phone = Phone.random();
        String registrationId = register(project, channel, agentId, phone);
        api.post(uri(platform.services.visit(), "/api/v1/visits"), Api.Caller.as(project.siteManager()), Body.of()
                        .with("tenantId", project.tenantId()).with("projectId", project.id()).with("kind", "CLIENT")
                        .with("clientSurname", "赵").with("clientPhone", phone.full())
                        .with("visitedAt", Instant.now()).with("consultantId", project.consultants().get(0))
                        .with("registrationId", registrationId)
                        .with("form", Body.of().with("agentSignature", "sig-agent")
                                .with("consultantSignature", "sig-consultant")
                                .with("siteManagerSignature", "sig-site-manager")))
                .require("visit");
        JsonNode[] verdict = new JsonNode[1];
        try {
            await("the verdict after the visit of " + registrationId, () -> {
                verdict[0] = verdictOf(project, registrationId);
                String now = verdict[0] == null ? null : verdict[0].path("verdict").path("verdict").asText();
                return "USED".equals(now) || "REJECTED".equals(now);
            });
        } catch (IllegalStateException timedOut) {
            throw new IllegalStateException(timedOut.getMessage() + "; last seen: " + verdict[0], timedOut);
        }
        return new AtTheDoor(registrationId, verdict[0].path("verdict").path("verdict").asText());
    }

    private String register(Project project, Channel channel, String agentId, Phone phone) {
        return api.post(uri(platform.services.registration(), "/api/v1/registrations"),
                        Api.Caller.as(Users.agent(project.tenantId(), agentId)), Body.of()
                                .with("tenantId", project.tenantId()).with("projectId", project.id())
                                .with("channelId", channel.id()).with("channelKind", channel.kind())
                                .with("agentId", agentId).with("clientSurname", "赵")
                                .with("maskedPhone", phone.masked()))
                .require("registration").body().path("registrationId").asText();
    }

    private JsonNode verdictOf(Project project, String registrationId) {
        Api.Response answer = api.get(uri(platform.services.attribution(), "/api/v1/registrations/"
                + registrationId + "/verdict"), Api.Caller.as(project.siteManager()));
        return answer.ok() ? answer.body() : null;
    }

    /**
     * A deal of an agency paid by subscription (1.0 % from the first deal), in the ended first period: its statement,
     * and the purchase.
     */
    record Deal(String statementId, String projectId, String channelId, String purchaseId, String tenant,
                LocalDate registeredOn) {
    }

    Deal dealInTheEndedPeriod() {
        Agreement agreement = platform.month.agreements().stream()
                .filter(a -> "SUBSCRIPTION".equals(a.trigger())
                        && "AGENCY".equals(platform.month.channel(a.channelId()).kind().name()))
                .findFirst().orElseThrow();
        Project project = platform.month.project(agreement.projectId());
        Channel channel = platform.month.channel(agreement.channelId());
        String tenant = project.tenantId();
        String agentId = channel.agents().get(0).id();
        Phone phone = Phone.random();
        // inside the first period, which the demo month ends yesterday: finance may issue its statement now
        LocalDate day = agreement.firstPeriodEnd().minusDays(10);
        Instant registeredAt = ZonedDateTime.of(day, LocalTime.of(10, 0), platform.month.zone()).toInstant();
        String registrationId = api.post(uri(platform.services.registration(), "/api/v1/registrations/imports"),
                        Api.Caller.as(Users.admin(tenant)), Body.of()
                                .with("tenantId", tenant).with("projectId", project.id()).with("rows", List.of(Body.of()
                                        .with("registeredAt", registeredAt).with("channelId", channel.id())
                                        .with("channelKind", channel.kind()).with("agentId", agentId)
                                        .with("clientSurname", "周").with("maskedPhone", phone.masked()))))
                .require("import").body().path("registrationIds").path(0).asText();
        String consultant = project.consultants().get(0);
        api.post(uri(platform.services.visit(), "/api/v1/visits"), Api.Caller.as(project.siteManager()), Body.of()
                        .with("tenantId", tenant).with("projectId", project.id()).with("kind", "CLIENT")
                        .with("clientSurname", "周").with("clientPhone", phone.full())
                        .with("visitedAt", registeredAt.plus(Duration.ofHours(2)))
                        .with("consultantId", consultant).with("registrationId", registrationId)
                        .with("form", Body.of().with("agentSignature", "sig-agent")
                                .with("consultantSignature", "sig-consultant")
                                .with("siteManagerSignature", "sig-site-manager")))
                .require("visit");
        String purchaseId = "console-" + Ids.newId();
        api.post(uri(platform.services.visit(), "/api/v1/purchases"), Api.Caller.as(consultant), Body.of()
                        .with("tenantId", tenant).with("projectId", project.id()).with("purchaseId", purchaseId)
                        .with("stage", "SUBSCRIPTION").with("unitId", "8-1-1201").with("unitType", "RESIDENTIAL")
                        .with("amount", "2345678.90").with("buyerSurname", "周").with("buyerPhone", phone.full())
                        .with("consultantId", consultant)
                        .with("purchasedAt", registeredAt.plus(Duration.ofDays(2))))
                .require("subscription " + purchaseId);
        // a fine recorded now: deducted in the period running today, so the fines page has a row to show
        api.post(uri(platform.services.commission(), "/api/v1/fines"), Api.Caller.as(Users.finance(tenant)),
                        Body.of().with("fineId", "console-fine-" + Ids.newId()).with("projectId", project.id())
                                .with("channelId", channel.id()).with("reasonCode", "ON_SITE_QUARREL")
                                .with("target", "AGENT").with("agentId", agentId).with("note", "现场争吵"))
                .require("fine");
        String[] statement = new String[1];
        await("the statement with " + purchaseId, () -> {
            JsonNode list = api.get(uri(platform.services.commission(), "/api/v1/statements?projectId="
                    + project.id() + "&channelId=" + channel.id()), Api.Caller.as(Users.finance(tenant))).body();
            for (JsonNode s : list) {
                String id = s.path("statementId").asText();
                JsonNode one = api.get(uri(platform.services.commission(), "/api/v1/statements/" + id),
                        Api.Caller.as(Users.finance(tenant))).body();
                for (JsonNode deal : one.path("deals")) {
                    if (purchaseId.equals(deal.path("purchaseId").asText())) {
                        statement[0] = id;
                    }
                }
            }
            return statement[0] != null;
        });
        return new Deal(statement[0], project.id(), channel.id(), purchaseId, tenant, day);
    }

    private static URI uri(URI base, String path) {
        return base.resolve(path);
    }

    static void await(String what, Supplier<Boolean> done) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!done.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
