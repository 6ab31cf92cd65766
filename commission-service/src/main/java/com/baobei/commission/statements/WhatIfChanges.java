package com.baobei.commission.statements;

import com.baobei.commission.adjustments.Adjustment;
import com.baobei.commission.adjustments.AdjustmentRules;
import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.errors.UnprocessableException;
import com.baobei.commission.ledger.Com4Fines;
import com.baobei.commission.ledger.Deal;
import com.baobei.commission.ledger.Fine;
import com.baobei.commission.ledger.FineReason;
import com.baobei.commission.ledger.FineRequest;
import com.baobei.commission.ledger.FineTarget;
import com.baobei.commission.ledger.ManualAdjustment;
import com.baobei.commission.ledger.WhatIfPreview;
import com.baobei.contracts.UnitType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finance's hypothetical changes for a what-if (ADR 0032), turned into the facts they would be: a cancellation is the
 * live deal's next revision, cancelled; a late deal a new (or newer) attribution to the channel; a fine one decided
 * now after the channel's real ones (so FORBIDDEN_ZONE escalates as it would); an adjustment one approved now.
 */
public record WhatIfChanges(List<Cancellation> cancellations, List<LateDeal> lateDeals, List<HypotheticalFine> fines,
                            List<HypotheticalAdjustment> adjustments) {

    public record Cancellation(String purchaseId, Instant cancelledAt) {
    }

    public record LateDeal(String purchaseId, String unitId, UnitType unitType, BigDecimal amount, Instant subscribedAt,
                           Instant contractedAt) {
    }

    public record HypotheticalFine(FineReason reasonCode, FineTarget target, String agentId, BigDecimal amount,
                                   String note) {
    }

    public record HypotheticalAdjustment(Adjustment.Direction direction, BigDecimal amount, String reason) {
    }

    public static final String WHAT_IF = "what-if";

    public WhatIfChanges {
        cancellations = cancellations == null ? List.of() : cancellations;
        lateDeals = lateDeals == null ? List.of() : lateDeals;
        fines = fines == null ? List.of() : fines;
        adjustments = adjustments == null ? List.of() : adjustments;
    }

    /** The facts, decided at {@code now}; a field that cannot be used is 400 (or 422 for a deal not of the channel). */
    public WhatIfPreview.Changes toFacts(String projectId, String channelId, List<Deal> live, List<Fine> liveFines,
                                        Instant now) {
        List<Problem> problems = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < cancellations.size(); i++) {
            Cancellation c = cancellations.get(i);
            String at = "changes.cancellations[" + i + "]";
            Optional<Deal> deal = c == null || c.purchaseId() == null ? Optional.empty()
                    : live.stream().filter(d -> d.purchaseId().equals(c.purchaseId())).findFirst();
            if (c == null || c.purchaseId() == null) {
                problems.add(new Problem(at + ".purchaseId", "required"));
            } else if (deal.isEmpty() || !deal.get().belongsTo(channelId)) {
                throw new UnprocessableException(at + ".purchaseId", "no deal " + c.purchaseId() + " of channel "
                        + channelId + " in project " + projectId);
            } else {
                Deal d = deal.get();
                Instant cancelledAt = c.cancelledAt() != null ? c.cancelledAt() : now;
                deals.add(new Deal(d.purchaseId(), d.unitId(), d.unitType(), d.amount(), d.subscribedAt(),
                        d.contractedAt(), cancelledAt, d.channelId(), d.agentId(), d.revision() + 1,
                        WHAT_IF + ":cancel:" + d.purchaseId(), now, List.of("PUR-8")));
            }
        }
        for (int i = 0; i < lateDeals.size(); i++) {
            LateDeal l = lateDeals.get(i);
            String at = "changes.lateDeals[" + i + "]";
            if (l == null || l.amount() == null || l.subscribedAt() == null) {
                problems.add(new Problem(at, "amount and subscribedAt are required"));
                continue;
            }
            String id = l.purchaseId() != null ? l.purchaseId() : WHAT_IF + "-late-" + (i + 1);
            int revision = live.stream().filter(d -> d.purchaseId().equals(id)).mapToInt(Deal::revision).max()
                    .orElse(-1) + 1;
            deals.add(new Deal(id, l.unitId() != null ? l.unitId() : id,
                    l.unitType() != null ? l.unitType() : UnitType.RESIDENTIAL, l.amount(), l.subscribedAt(),
                    l.contractedAt(), null, channelId, null, revision, WHAT_IF + ":late:" + id, now, List.of()));
        }
        List<Fine> fines = new ArrayList<>();
        List<Fine> earlier = new ArrayList<>(liveFines);
        for (int i = 0; i < this.fines.size(); i++) {
            HypotheticalFine f = this.fines.get(i);
            String at = "changes.fines[" + i + "]";
            if (f == null) {
                problems.add(new Problem(at, "required"));
                continue;
            }
            FineRequest request = new FineRequest(WHAT_IF + "-fine-" + (i + 1), projectId, channelId, f.reasonCode(),
                    f.target(), f.agentId(), f.amount(), f.note());
            List<Problem> own = Com4Fines.problems(request);
            own.forEach(p -> problems.add(new Problem(at + "." + p.field(), p.message())));
            if (own.isEmpty()) {
                Fine fine = Com4Fines.decide(request, earlier, now, WHAT_IF);
                fines.add(fine);
                earlier.add(fine);
            }
        }
        List<ManualAdjustment> adjustments = new ArrayList<>();
        for (int i = 0; i < this.adjustments.size(); i++) {
            HypotheticalAdjustment a = this.adjustments.get(i);
            String at = "changes.adjustments[" + i + "]";
            if (a == null) {
                problems.add(new Problem(at, "required"));
                continue;
            }
            List<Problem> own = AdjustmentRules.problems(null, channelId, a.direction(), a.amount(), a.reason());
            own.forEach(p -> problems.add(new Problem(at + "." + p.field(), p.message())));
            if (own.isEmpty()) {
                adjustments.add(new ManualAdjustment(WHAT_IF + "-adjustment-" + (i + 1), channelId,
                        AdjustmentRules.signed(a.direction(), a.amount()), a.reason(), WHAT_IF, now, WHAT_IF, null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new WhatIfPreview.Changes(deals, fines, adjustments);
    }
}
