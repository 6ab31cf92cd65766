package com.baobei.visit.visit;

import com.baobei.contracts.visit.VisitForm;
import java.time.Instant;

/** Stored event: the form of a visit as it stands after a later signature or invalidation; published as {@code visit.VisitFormSigned.v1}. */
public record VisitFormChanged(
        String visitId,
        String tenantId,
        String projectId,
        String maskedPhone,
        VisitForm form,
        Instant signedAt,
        String signedBy) {
}
