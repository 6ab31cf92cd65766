package com.baobei.visit.web;

/** Who is asking. Real authentication comes later; the role check exists now. */
public enum Role {
    CHANNEL_AGENT, CONSULTANT, SITE_MANAGER, MARKETING_MANAGER, FINANCE, IMPORTER;

    void require(Role... allowed) {
        for (Role role : allowed) {
            if (role == this) {
                return;
            }
        }
        throw new ForbiddenException("role " + this + " may not do this");
    }
}
