package com.baobei.attribution.fold;

import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.registration.Disputed;
import java.time.Instant;

/** One dispute and the ruling in force for it (DSP-1, DSP-2). */
final class DisputeRec extends Marked {

    final int seq;
    /** The dispute id, kept here because the disputes are sorted by it. */
    final String id;
    final Disputed data;
    final Instant at;
    final ProjectPolicy policy;
    /** Its place in the order the fold made its kind of item (ADR 0031: the slot of its decision). */
    int index;

    RulingRec ruling;
    /** The decision last read off this dispute (ADR 0031). */
    DisputeDecision decided;

    DisputeRec(int seq, Disputed data, Instant at, ProjectPolicy policy) {
        this.seq = seq;
        this.id = data.disputeId();
        this.data = data;
        this.at = at;
        this.policy = policy;
    }
}
