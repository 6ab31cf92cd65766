package com.baobei.attribution.fold;

import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.visit.Purchased;
import java.time.Instant;
import java.time.LocalDate;

/** One purchase (subscription, contract, cancellation) while folding. */
final class PurchaseRec extends Marked {

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

    /** Its place in the order the fold made its kind of item (ADR 0031: the slot of its decision). */
    int index;

    Client buyer;
    String channel;
    String agent;
    Because because;
    /** No commission because of PUR-3: the buyer's owner is left as it was. */
    boolean excluded;
    OwnerKind kindBefore;
    String channelBefore;
    String agentBefore;

    /**
     * The decision last read off this purchase and everything it was read from ({@link Decisions#purchase}): while
     * these are the same objects and values, a re-read of the decisions (ADR 0031) keeps the same decision object.
     */
    PurchaseDecision decided;
    private Object[] decidedFrom;

    /** The inputs of {@link Decisions#purchase}, compared by identity (each is immutable or a value). */
    private Object[] inputs() {
        RulingRec ruling = buyer == null ? null : buyer.ruling;
        return new Object[] {channel, agent, because, buyer, ruling, ruling == null ? null : ruling.channel,
                ruling == null ? null : ruling.agent, contractSeq, cancelledAt, cancelSeq, subscribedAt, contractedAt};
    }

    /** The decision read before from the very same inputs, else null. */
    PurchaseDecision decidedIfUnchanged() {
        if (decided == null) {
            return null;
        }
        Object[] now = inputs();
        for (int i = 0; i < now.length; i++) {
            Object a = now[i];
            Object b = decidedFrom[i];
            if (a != b && !(a instanceof Integer && a.equals(b))) {
                return null;
            }
        }
        return decided;
    }

    PurchaseDecision decided(PurchaseDecision made) {
        decided = made;
        decidedFrom = inputs();
        return made;
    }

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
