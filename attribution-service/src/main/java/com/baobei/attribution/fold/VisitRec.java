package com.baobei.attribution.fold;

import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.Visited;
import java.time.Instant;
import java.time.LocalDate;

/** One visit while folding, with its form as it finally stands (VIS-1). */
final class VisitRec {

    final int seq;
    final Visited data;
    final Instant at;
    final LocalDate day;
    final ProjectPolicy policy;
    final VisitForm.Status form;
    /** Fold position of the last VisitFormSigned for it, or -1. */
    final int formSeq;

    Client client;
    /** The channel owning the client right after this visit (VIS-3 hosts). */
    String channelAfter;
    String agentAfter;
    boolean pendingAfter;

    VisitRec(int seq, Visited data, Instant at, LocalDate day, ProjectPolicy policy, VisitForm.Status form, int formSeq) {
        this.seq = seq;
        this.data = data;
        this.at = at;
        this.day = day;
        this.policy = policy;
        this.form = form;
        this.formSeq = formSeq;
    }
}
