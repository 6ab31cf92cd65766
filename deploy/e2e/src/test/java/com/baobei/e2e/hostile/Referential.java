package com.baobei.e2e.hostile;

import static com.baobei.e2e.access.AccessCast.NORTH;

import com.baobei.demo.feed.Body;
import com.baobei.e2e.access.AccessCast;
import com.baobei.e2e.access.Fixture;
import com.baobei.e2e.access.Probes;
import com.baobei.e2e.hostile.HostileCase.Request;
import com.baobei.e2e.hostile.WriteOperations.Operation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cases well-formed in every field whose refusal needs what the service knows: a record that does not exist, a
 * unit already subscribed, a period not over, a fine id already used, a channel agent backdating.
 */
final class Referential {

    private Referential() {
    }

    static List<HostileCase> of(Operation operation, Fixture north, ObjectMapper json) {
        String endpoint = operation.method() + " " + operation.path();
        List<HostileCase> cases = new ArrayList<>();
        switch (operation.service() + " " + endpoint) {
            case "visit POST /api/v1/disputes/{disputeId}/rulings" -> {
                String missing = "no-such-dispute-4711";
                Object ruling = Probes.ALL.get("POST /api/v1/disputes/{disputeId}/rulings").apply(north).body();
                cases.add(new HostileCase("visit", endpoint, "a ruling on a dispute that does not exist", "disputeId",
                        post("/api/v1/disputes/" + missing + "/rulings", "SITE_MANAGER", ruling, json),
                        Set.of(404, 422), Set.of("disputeId", missing)));
            }
            case "visit POST /api/v1/purchases" -> {
                Body second = Fixture.purchase(NORTH, north.tenant() + "-second-of-unit", "13500009999");
                second.put("unitId", north.purchaseId() + "-unit");
                cases.add(new HostileCase("visit", endpoint, "a second subscription of the same unit", "unitId",
                        post("/api/v1/purchases", "CONSULTANT", second, json), Set.of(409, 422), Set.of("unitId")));
            }
            case "commission POST /api/v1/statements/{statementId}/issue" -> cases.add(new HostileCase("commission",
                    endpoint, "a statement for a period that has not ended", "period",
                    new Request("POST", "/api/v1/statements/" + north.statementId() + "/issue",
                            AccessCast.user("FINANCE", NORTH), Map.of(), null, null), Set.of(409, 422),
                    Set.of("period", "periodEnd", "statementId")));
            case "commission POST /api/v1/fines" -> cases.add(new HostileCase("commission", endpoint,
                    "the same fineId with a different amount", "fineId",
                    post("/api/v1/fines", "FINANCE", Fixture.fine(north.fineId()).with("amount", "999.00"), json),
                    Set.of(422), Set.of("fineId", "amount")));
            case "registration POST /api/v1/registrations" -> {
                Object valid = Probes.ALL.get("POST /api/v1/registrations").apply(north).body();
                Body backdated = Body.of();
                backdated.putAll((Body) valid);
                backdated.with("registeredAt", Instant.now().minus(Duration.ofDays(3)));
                cases.add(new HostileCase("registration", endpoint, "a channel agent backdating a registration",
                        "registeredAt", post("/api/v1/registrations", "CHANNEL_AGENT", backdated, json),
                        Set.of(400, 422), Set.of("registeredAt")));
            }
            case "registration POST /api/v1/registrations/imports" -> {
                Object rows = Probes.ALL.get("POST /api/v1/registrations/imports").apply(north).body();
                // refused for the role alone (REG-1: a channel cannot backdate): no field to name
                cases.add(new HostileCase("registration", endpoint, "a channel agent importing a backdated "
                        + "registration", null, post("/api/v1/registrations/imports", "CHANNEL_AGENT", rows, json),
                        Set.of(403), Set.of()));
            }
            case "registration POST /api/v1/disputes" -> {
                Body dispute = Fixture.dispute(north.tenant(), "no-such-registration-4711", north.liveSurname(),
                        north.liveMasked());
                cases.add(new HostileCase("registration", endpoint, "a dispute about a registration that does not "
                        + "exist", "registrationId", post("/api/v1/disputes", "CHANNEL_AGENT", dispute, json),
                        Set.of(404, 422), Set.of("registrationId", "no-such-registration-4711")));
            }
            default -> {
            }
        }
        return cases;
    }

    private static Request post(String path, String role, Object body, ObjectMapper json) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new Request("POST", path, AccessCast.user(role, NORTH), Map.of(), "application/json", () -> bytes);
    }
}
