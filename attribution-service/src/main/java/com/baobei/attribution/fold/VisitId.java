package com.baobei.attribution.fold;

/** What the fold keeps under one visit id: the last form signing for it and the visit itself (one map entry for both). */
final class VisitId {

    /** Fold position of the last VisitFormSigned for the visit, or -1. */
    int formSeq = -1;
    /** The first visit folded under this id (a companion's host), or null. */
    VisitRec visit;
}
