package com.baobei.registration.masterdata;

/** The developer's own profile; its id is the tenant's. An inactive tenant registers nothing. */
public record TenantProfile(String name, boolean active) implements MasterEntity {
}
