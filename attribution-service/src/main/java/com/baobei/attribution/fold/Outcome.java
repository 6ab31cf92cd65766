package com.baobei.attribution.fold;

import java.util.List;

/** Everything decided for one project, each list sorted deterministically by its id. */
public record Outcome(
        List<VerdictDecision> verdicts,
        List<ClientDecision> clients,
        List<PurchaseDecision> purchases,
        List<DisputeDecision> disputes) {

    public Outcome {
        verdicts = immutable(verdicts);
        clients = immutable(clients);
        purchases = immutable(purchases);
        disputes = immutable(disputes);
    }

    /** A copy, unless the list is already an immutable list of the fold's own ({@link IdOrdered}, ADR 0031). */
    private static <T> List<T> immutable(List<T> list) {
        return list instanceof IdOrdered<T> kept ? kept : List.copyOf(list);
    }

    public static Outcome empty() {
        return new Outcome(List.of(), List.of(), List.of(), List.of());
    }
}
