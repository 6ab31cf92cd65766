package com.baobei.e2e.access;

import static com.baobei.e2e.access.AccessCast.AGENT;
import static com.baobei.e2e.access.AccessCast.C1;
import static com.baobei.e2e.access.AccessCast.P1;
import static com.baobei.e2e.access.AccessCast.ZONE;

import com.baobei.demo.feed.Api;
import com.baobei.demo.feed.Body;
import com.baobei.demo.feed.Services;
import com.baobei.demo.feed.Users;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * One developer's records at {@code p1}, made by the people allowed to make them, so that every row of the matrix
 * has something real to read or act on: a registration imported with its visit and two subscriptions, a live
 * registration and a dispute about it, the rotation, a fine, and the statement the subscription earned.
 */
public record Fixture(String tenant, String importedRegistration, String liveRegistration, String liveSurname,
               String liveMasked, String visitId, String purchaseId, String cancellablePurchaseId, String disputeId,
               String clientKey, String clientMasked, String fineId, String statementId, String evidenceId) {

    public static Fixture create(Api api, Services s, String tenant, int number) {
        Api.Caller finance = Api.Caller.as(Users.finance(tenant));
        Api.Caller admin = Api.Caller.as(Users.admin(tenant));
        Api.Caller agent = Api.Caller.as(Users.agent(tenant, AGENT));
        Api.Caller consultant = Api.Caller.as(AccessCast.user("CONSULTANT", tenant));
        Api.Caller siteManager = Api.Caller.as(AccessCast.user("SITE_MANAGER", tenant));
        LocalDate today = LocalDate.now(ZONE);
        api.put(s.commission().resolve("/api/v1/projects/" + P1 + "/channels/" + C1 + "/agreement"), finance,
                agreement(today)).require("agreement");

        String phone = "1390000" + number + "111";
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        Instant registeredAt = ZonedDateTime.of(today.minusDays(1), LocalTime.of(10, 0), ZONE).toInstant();
        JsonNode imported = api.post(s.registration().resolve("/api/v1/registrations/imports"), admin, Body.of()
                .with("tenantId", tenant).with("projectId", P1).with("rows", List.of(Body.of()
                        .with("registeredAt", registeredAt).with("channelId", C1).with("channelKind", "AGENCY")
                        .with("agentId", AGENT).with("clientSurname", "陈").with("maskedPhone", masked))))
                .require("import").body();
        String importedId = imported.path("registrationIds").path(0).asText();
        // the site manager records a visit whose form they sign too (VIS-1)
        String visitId = api.post(s.visit().resolve("/api/v1/visits"), siteManager, Body.of()
                        .with("tenantId", tenant).with("projectId", P1).with("kind", "CLIENT")
                        .with("clientSurname", "陈").with("clientPhone", phone)
                        .with("visitedAt", registeredAt.plus(Duration.ofHours(1)))
                        .with("consultantId", AccessCast.user("CONSULTANT", tenant)).with("registrationId", importedId)
                        .with("form", Body.of().with("agentSignature", "sig-agent").with("consultantSignature", "sig-c")
                                .with("siteManagerSignature", "sig-sm")))
                .require("visit").body().path("visitId").asText();
        String purchaseId = tenant + "-s1";
        String cancellable = tenant + "-s2";
        for (String id : List.of(purchaseId, cancellable)) {
            api.post(s.visit().resolve("/api/v1/purchases"), consultant, purchase(tenant, id, phone))
                    .require("subscription " + id);
        }
        String liveMasked = "1370000" + number + "222";
        liveMasked = liveMasked.substring(0, 3) + "****" + liveMasked.substring(7);
        String live = api.post(s.registration().resolve("/api/v1/registrations"), agent, Body.of()
                        .with("tenantId", tenant).with("projectId", P1).with("channelId", C1)
                        .with("channelKind", "AGENCY").with("agentId", AGENT).with("clientSurname", "林")
                        .with("maskedPhone", liveMasked))
                .require("live registration").body().path("registrationId").asText();
        String dispute = api.post(s.registration().resolve("/api/v1/disputes"), agent, dispute(tenant, live,
                        "林", liveMasked))
                .require("dispute").body().path("disputeId").asText();
        String evidenceId = api.postBytes(s.registration().resolve("/api/v1/evidence?projectId=" + P1
                        + "&fileName=photo.jpg"), agent, evidencePhoto(tenant), "image/jpeg")
                .require("evidence").body().path("evidenceId").asText();
        api.put(s.visit().resolve("/api/v1/projects/" + P1 + "/rotation/" + today), siteManager,
                Body.of().with("consultants", List.of(AccessCast.user("CONSULTANT", tenant)))).require("rotation");
        String fineId = tenant + "-fine-of-the-fixture";
        api.post(s.commission().resolve("/api/v1/fines"), finance, fine(fineId)).require("fine");

        await("the verdict of " + live, () -> api.get(s.attribution().resolve("/api/v1/registrations/" + live
                + "/verdict"), admin).ok());
        String clientKey = tenant + ":" + P1 + ":" + masked;
        await("the client " + clientKey, () -> api.get(s.attribution().resolve("/api/v1/projects/" + P1
                + "/clients/" + clientKey), admin).ok());
        String[] statement = new String[1];
        await("a statement of " + C1, () -> {
            JsonNode list = api.get(s.commission().resolve("/api/v1/statements?projectId=" + P1), finance).body();
            for (JsonNode item : list) {
                if (item.path("channelId").asText().equals(C1)) {
                    statement[0] = item.path("statementId").asText();
                }
            }
            return statement[0] != null;
        });
        return new Fixture(tenant, importedId, live, "林", liveMasked, visitId, purchaseId, cancellable, dispute,
                clientKey, masked, fineId, statement[0], evidenceId);
    }

    /** A JPEG's first bytes and the developer's name: what betrays a read of another developer's file. */
    public static byte[] evidencePhoto(String tenant) {
        byte[] text = (" evidence of " + tenant + " ").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] photo = new byte[4 + text.length];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        photo[3] = (byte) 0xE0;
        System.arraycopy(text, 0, photo, 4, text.length);
        return photo;
    }

    public static Body agreement(LocalDate today) {
        return Body.of().with("firstPeriodEnd", today.plusDays(19)).with("versions", List.of(Body.of()
                .with("version", 1).with("effectiveFrom", today.minusDays(30)).with("basis", "DEAL_COUNT")
                .with("mode", "RETROACTIVE").with("trigger", "SUBSCRIPTION")
                .with("tiers", List.of(Body.of().with("from", BigDecimal.ONE).with("ratePercent", new BigDecimal("1.0"))))));
    }

    public static Body purchase(String tenant, String purchaseId, String phone) {
        return Body.of().with("tenantId", tenant).with("projectId", P1).with("purchaseId", purchaseId)
                .with("stage", "SUBSCRIPTION").with("unitId", purchaseId + "-unit").with("unitType", "RESIDENTIAL")
                .with("amount", "1000000.00").with("buyerSurname", "陈").with("buyerPhone", phone)
                .with("consultantId", AccessCast.user("CONSULTANT", tenant))
                .with("purchasedAt", Instant.now().minusSeconds(60));
    }

    public static Body dispute(String tenant, String registrationId, String surname, String masked) {
        return Body.of().with("tenantId", tenant).with("projectId", P1).with("channelId", C1).with("agentId", AGENT)
                .with("kind", "OWNERSHIP").with("clientSurname", surname).with("maskedPhone", masked)
                .with("registrationId", registrationId).with("evidenceRefs", List.of("photo-1"))
                .with("statement", "我方首先报备");
    }

    public static Body fine(String fineId) {
        return Body.of().with("fineId", fineId).with("projectId", P1).with("channelId", C1)
                .with("reasonCode", "ON_SITE_QUARREL").with("target", "AGENT").with("agentId", AGENT)
                .with("note", "现场争吵");
    }

    private static void await(String what, Supplier<Boolean> done) {
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
