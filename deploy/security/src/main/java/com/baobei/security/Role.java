package com.baobei.security;

/** What a person does for a developer (tenant); the role matrix in docs/security.md says what each may do. */
public enum Role {
    /** Registers clients for their own channel; reads their own registrations and verdicts; raises disputes. */
    CHANNEL_AGENT,
    /** Everything of their channel's agents, and the channel's statements. */
    CHANNEL_MANAGER,
    /** The sales desk: visits, rotation, purchases and contracts at their projects; may see a full number (logged). */
    CONSULTANT,
    /** Rulings, visit invalidation, rotation, reports of their projects; may see a full number (logged). */
    SITE_MANAGER,
    /**
     * The developer's marketing manager: rules disputes escalated beyond the site manager (DSP-2, level
     * MARKETING_MANAGER) at every project of the tenant, and reads what a site manager reads, full numbers excepted.
     */
    MARKETING_MANAGER,
    /** Agreements, fines and statements of their developer. */
    FINANCE,
    /** Master data, policies and imports of legacy history. */
    TENANT_ADMIN,
    /** An integration partner: read-only, their tenant's streams. */
    PARTNER;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
