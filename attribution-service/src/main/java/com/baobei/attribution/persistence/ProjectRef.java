package com.baobei.attribution.persistence;

import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.EventEnvelope;

/** One project of one tenant: the unit the fold decides over. */
public record ProjectRef(String tenantId, String projectId) {

    public static ProjectRef of(EventEnvelope event) {
        return new ProjectRef(event.tenantId(), event.projectId());
    }

    public String key() {
        return ClientKeys.projectKey(tenantId, projectId);
    }
}
