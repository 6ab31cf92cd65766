package com.baobei.attribution.fold;

import java.util.List;

/** Everything decided for one project, each list sorted deterministically by its id. */
public record Outcome(
        List<VerdictDecision> verdicts,
        List<ClientDecision> clients,
        List<PurchaseDecision> purchases,
        List<DisputeDecision> disputes) {

    public Outcome {
        verdicts = List.copyOf(verdicts);
        clients = List.copyOf(clients);
        purchases = List.copyOf(purchases);
        disputes = List.copyOf(disputes);
    }

    public static Outcome empty() {
        return new Outcome(List.of(), List.of(), List.of(), List.of());
    }
}
