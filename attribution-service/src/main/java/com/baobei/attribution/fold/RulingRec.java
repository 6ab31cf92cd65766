package com.baobei.attribution.fold;

import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.visit.DisputeRuled;
import java.time.Instant;

/** One ruling as applied: the owner it gave (from the ruling, or by ID-3 when it only linked numbers). */
final class RulingRec {

    final int seq;
    final DisputeRuled data;
    final Instant at;
    final int policyVersion;
    final DisputeRec dispute;
    OwnerKind kind;
    String channel;
    String agent;
    /** The owner came from ID-3 (first confirmed channel of the linked clients). */
    boolean byFirstConfirmed;
    int firstConfirmedSeq = -1;

    RulingRec(int seq, DisputeRuled data, Instant at, int policyVersion, DisputeRec dispute) {
        this.seq = seq;
        this.data = data;
        this.at = at;
        this.policyVersion = policyVersion;
        this.dispute = dispute;
    }
}
