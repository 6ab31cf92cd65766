package com.baobei.contracts.masterdata;

/**
 * {@code masterdata.TenantChanged.v1}: the developer's profile as it now stands. The tenant is the envelope's
 * {@code tenantId}; a tenant-wide fact, so the envelope has no {@code projectId}. An inactive tenant registers nothing.
 */
public record TenantChanged(String name, boolean active) implements MasterDataChanged {
}
