package com.baobei.attribution.web;

import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import java.util.List;

/** Response bodies of the query API; every phone number in them is masked. */
final class Views {

    private Views() {
    }

    record Verdict(String registrationId, String tenantId, String projectId, String clientKey, RegistrationVerdict verdict) {
    }

    record Client(String clientKey, String tenantId, String projectId, OwnershipChanged current,
                  List<OwnershipChanged> history) {
    }

    record ClientSummary(String clientKey, String tenantId, OwnershipChanged current) {
    }

    /** What the raising side said and showed: a dispute's claim, for the person who rules it. */
    record DisputeClaim(String disputeId, String channelId, String agentId, String kind, String clientSurname,
                        String maskedPhone, String registrationId, String purchaseId, java.util.List<String> evidenceRefs,
                        String statement, java.time.Instant raisedAt) {
    }

    record Purchase(String purchaseId, String tenantId, String clientKey, PurchaseAttributed attribution) {
    }
}
