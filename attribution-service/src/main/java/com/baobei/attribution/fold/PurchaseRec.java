package com.baobei.attribution.fold;

import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.visit.Purchased;
import java.time.Instant;
import java.time.LocalDate;

/** One purchase (subscription, contract, cancellation) while folding. */
final class PurchaseRec {

    final String purchaseId;
    final int seq;
    final Purchased data;
    final Instant depositAt;
    final LocalDate depositDay;
    final ProjectPolicy policy;

    Instant subscribedAt;
    Instant contractedAt;
    int contractSeq = -1;
    Instant cancelledAt;
    int cancelSeq = -1;

    Client buyer;
    String channel;
    String agent;
    Because because;
    /** No commission because of PUR-3: the buyer's owner is left as it was. */
    boolean excluded;
    OwnerKind kindBefore;
    String channelBefore;
    String agentBefore;

    PurchaseRec(int seq, Purchased data, Instant at, LocalDate day, ProjectPolicy policy) {
        this.purchaseId = data.purchaseId();
        this.seq = seq;
        this.data = data;
        this.depositAt = at;
        this.depositDay = day;
        this.policy = policy;
    }

    boolean activeAt(Instant time) {
        return cancelledAt == null || time.isBefore(cancelledAt);
    }
}
