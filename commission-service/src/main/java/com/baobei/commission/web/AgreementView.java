package com.baobei.commission.web;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.AgreementVersion;
import com.baobei.commission.persistence.AgreementRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An agreement as stored: every default made explicit, with its revision and who changed it last. */
public record AgreementView(String projectId, String channelId, int revision, String zone, LocalDate firstPeriodEnd,
                            List<AgreementVersion> versions, Instant updatedAt, String updatedBy) {

    static AgreementView of(AgreementRepository.Stored stored) {
        Agreement a = stored.agreement();
        return new AgreementView(a.projectId(), a.channelId(), a.revision(), a.zone().getId(), a.firstPeriodEnd(),
                a.versions(), stored.updatedAt(), stored.updatedBy());
    }
}
