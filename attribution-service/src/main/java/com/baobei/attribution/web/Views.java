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

    record Purchase(String purchaseId, String tenantId, String clientKey, PurchaseAttributed attribution) {
    }
}
