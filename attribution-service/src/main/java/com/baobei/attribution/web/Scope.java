package com.baobei.attribution.web;

import com.baobei.security.Caller;
import com.baobei.security.Forbidden;
import com.baobei.security.Role;

/**
 * The {@code projects} cells of the role matrix (docs/security.md): a caller whose token names projects works only
 * there, unless one of their roles is allowed at every project of the tenant for this endpoint ({@code yes}).
 */
final class Scope {

    private Scope() {
    }

    /** Whether the caller may see this project of their tenant. */
    static boolean covers(Caller caller, String projectId, Role... everywhere) {
        return caller.hasAny(everywhere) || caller.worksAt(projectId);
    }

    /** 403 unless the caller may act at this project of their tenant. */
    static void requireProject(Caller caller, String projectId, Role... everywhere) {
        if (!covers(caller, projectId, everywhere)) {
            throw new Forbidden("project " + projectId + " is not one of your projects");
        }
    }
}
