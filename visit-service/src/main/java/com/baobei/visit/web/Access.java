package com.baobei.visit.web;

import com.baobei.security.Caller;
import com.baobei.security.Role;

/** The {@code projects} cells of docs/security.md, and records of another tenant being nobody's business. */
final class Access {

    /** The sales desk: records visits and purchases, and alone sees full numbers. */
    static final Role[] DESK = {Role.CONSULTANT, Role.SITE_MANAGER};

    private Access() {
    }

    /**
     * 403 unless the caller works at this project of their tenant. Callers with one of the {@code everywhere} roles
     * (a {@code yes} cell of the matrix) reach every project of the tenant, whatever their {@code projects} claim.
     */
    static void atProject(Caller caller, String projectId, Role... everywhere) {
        if (!caller.hasAny(everywhere)) {
            caller.requireProject(projectId);
        }
    }

    /** Whether the caller reaches this project, as {@link #atProject} decides. */
    static boolean reaches(Caller caller, String projectId, Role... everywhere) {
        return caller.hasAny(everywhere) || caller.worksAt(projectId);
    }
}
