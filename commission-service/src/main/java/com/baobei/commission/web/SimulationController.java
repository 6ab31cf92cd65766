package com.baobei.commission.web;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.ledger.Deal;
import com.baobei.commission.ledger.Limits;
import com.baobei.commission.ledger.WhatIf;
import com.baobei.commission.statements.SimulationService;
import com.baobei.commission.statements.WhatIfChanges;
import com.baobei.contracts.UnitType;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What-if: an agreement plus deals (or a channel and a period, using live data) gives the statement
 * that would result; with {@code oneMoreDealAmount}, also what one more deal would pay and whether
 * it crosses a tier and lifts the other deals. Live data is the caller's tenant's only.
 */
@RestController
@RequestMapping("/api/v1/simulations")
public class SimulationController {

    /** @param period a month ({@code 2024-03}) or a day of the period to simulate */
    /**
     * @param changes on live data: hypothetical cancellations, late deals, fines and adjustments whose effect on the
     *                next open statement is previewed, issued statements and approved adjustments included (ADR 0032)
     */
    public record SimulationBody(String projectId, String channelId, AgreementBody agreement, List<SimDeal> deals,
                                 String period, BigDecimal oneMoreDealAmount, UnitType oneMoreUnitType,
                                 WhatIfChanges changes) {
    }

    public record SimDeal(String purchaseId, String unitId, UnitType unitType, BigDecimal amount, Instant subscribedAt,
                          Instant contractedAt, Instant cancelledAt) {
    }

    private final SimulationService simulations;

    public SimulationController(SimulationService simulations) {
        this.simulations = simulations;
    }

    @Allowed({Role.FINANCE})
    @PostMapping
    @Operation(summary = "What-if: the statement an agreement and deals would give, and one more deal",
            description = "Role FINANCE; live agreements and deals are those of the token's tenant. Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "The simulated statement")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only finance simulates")
    @ApiResponse(responseCode = "404", description = "No live agreement of this channel in this project of the tenant")
    public WhatIf.Result simulate(@RequestBody SimulationBody body, Caller caller) {
        List<Problem> problems = inputProblems(body);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String channel = body.channelId() != null ? body.channelId() : SimulationService.SIMULATED_CHANNEL;
        Agreement agreement = body.agreement() == null ? null
                : body.agreement().toAgreement(body.projectId() == null ? "simulation" : body.projectId(), channel);
        if (agreement != null && !agreement.problems().isEmpty()) {
            throw new InvalidRequestException(agreement.problems().stream()
                    .map(p -> new Problem("agreement." + p.field(), p.message())).toList());
        }
        return simulations.simulate(caller.tenant(), body.projectId(), body.channelId(), agreement,
                deals(body.deals(), channel), PeriodParam.day("period", body.period()), body.oneMoreDealAmount(),
                body.oneMoreUnitType(), body.changes());
    }

    static final int MAX_DEALS = 10_000;

    /** Every field in its range before anything is computed (400): what a simulation accepts, a statement could hold. */
    static List<Problem> inputProblems(SimulationBody body) {
        List<Problem> problems = new ArrayList<>();
        Limits.id("projectId", body.projectId(), Limits.SCOPE_ID_LENGTH, problems);
        Limits.id("channelId", body.channelId(), Limits.ID_LENGTH, problems);
        if (body.period() != null && body.period().length() > 10) {
            problems.add(new Problem("period", "a month (2024-03) or a day (2024-03-15)"));
        }
        Limits.money("oneMoreDealAmount", body.oneMoreDealAmount(), problems);
        if (body.agreement() != null) {
            body.agreement().inputProblems().forEach(p -> problems.add(new Problem("agreement." + p.field(),
                    p.message())));
        }
        changeProblems(body.changes(), problems);
        if (Limits.list("deals", body.deals(), MAX_DEALS, problems) && body.deals() != null) {
            for (int i = 0; i < body.deals().size(); i++) {
                SimDeal d = body.deals().get(i);
                if (d == null) {
                    continue;
                }
                String at = "deals[" + i + "]";
                Limits.id(at + ".purchaseId", d.purchaseId(), Limits.ID_LENGTH, problems);
                Limits.id(at + ".unitId", d.unitId(), Limits.ID_LENGTH, problems);
                Limits.money(at + ".amount", d.amount(), problems);
                Limits.instant(at + ".subscribedAt", d.subscribedAt(), problems);
                Limits.instant(at + ".contractedAt", d.contractedAt(), problems);
                Limits.instant(at + ".cancelledAt", d.cancelledAt(), problems);
            }
        }
        return problems;
    }

    static final int MAX_CHANGES = 100;

    /** The hypothetical changes' ranges (400); what each must hold is checked when they become facts. */
    private static void changeProblems(WhatIfChanges changes, List<Problem> problems) {
        if (changes == null) {
            return;
        }
        String at = "changes.";
        if (Limits.list(at + "cancellations", changes.cancellations(), MAX_CHANGES, problems)) {
            for (int i = 0; i < changes.cancellations().size(); i++) {
                WhatIfChanges.Cancellation c = changes.cancellations().get(i);
                if (c == null) {
                    continue;
                }
                Limits.id(at + "cancellations[" + i + "].purchaseId", c.purchaseId(), Limits.ID_LENGTH, problems);
                Limits.instant(at + "cancellations[" + i + "].cancelledAt", c.cancelledAt(), problems);
            }
        }
        if (Limits.list(at + "lateDeals", changes.lateDeals(), MAX_CHANGES, problems)) {
            for (int i = 0; i < changes.lateDeals().size(); i++) {
                WhatIfChanges.LateDeal d = changes.lateDeals().get(i);
                if (d == null) {
                    continue;
                }
                String l = at + "lateDeals[" + i + "]";
                Limits.id(l + ".purchaseId", d.purchaseId(), Limits.ID_LENGTH, problems);
                Limits.id(l + ".unitId", d.unitId(), Limits.ID_LENGTH, problems);
                Limits.money(l + ".amount", d.amount(), problems);
                Limits.instant(l + ".subscribedAt", d.subscribedAt(), problems);
                Limits.instant(l + ".contractedAt", d.contractedAt(), problems);
            }
        }
        if (Limits.list(at + "fines", changes.fines(), MAX_CHANGES, problems)) {
            for (int i = 0; i < changes.fines().size(); i++) {
                if (changes.fines().get(i) != null) {
                    Limits.money(at + "fines[" + i + "].amount", changes.fines().get(i).amount(), problems);
                }
            }
        }
        Limits.list(at + "adjustments", changes.adjustments(), MAX_CHANGES, problems);
    }

    private static List<Deal> deals(List<SimDeal> given, String channel) {
        if (given == null) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            SimDeal d = given.get(i);
            if (d == null || d.amount() == null || d.subscribedAt() == null) {
                problems.add(new Problem("deals[" + i + "]", "amount and subscribedAt are required"));
                continue;
            }
            if (d.amount().signum() < 0) {
                problems.add(new Problem("deals[" + i + "].amount", "must not be negative"));
            }
            String id = d.purchaseId() != null ? d.purchaseId() : "sim-" + (i + 1);
            deals.add(new Deal(id, d.unitId() != null ? d.unitId() : id,
                    d.unitType() != null ? d.unitType() : UnitType.RESIDENTIAL, d.amount(), d.subscribedAt(),
                    d.contractedAt(), d.cancelledAt(), channel, null, 0, "simulated:" + id, d.subscribedAt(),
                    List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return deals;
    }
}
