package com.baobei.visit.shared;

/**
 * Aggregate ids of records whose own id is chosen outside this service (a purchase id by the office, a dispute id by
 * the registration service). Such ids are unique only within a tenant, so the tenant is part of the aggregate's id:
 * two developers' purchases {@code s1} never share an event stream, and one's command never reaches the other's.
 */
public final class TenantScoped {

    private TenantScoped() {
    }

    /** {@code tenant:id}; neither contains a ':'. */
    public static String id(String tenantId, String id) {
        return tenantId + ":" + id;
    }
}
