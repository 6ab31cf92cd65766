package com.baobei.registration.masterdata;

import java.time.Instant;

/**
 * Stored event of {@link MasterRecord}: the entity's whole new state. Private to this service; the publisher maps it
 * to the {@code masterdata.*Changed.v1} types. {@code changedBy} (the token's subject) stays here, for the record.
 */
public record MasterDataDefined(String key, String tenantId, MasterEntity entity, Instant changedAt,
                                String changedBy) {
}
