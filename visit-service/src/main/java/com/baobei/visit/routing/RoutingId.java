package com.baobei.visit.routing;

/** One routing per project: {@code tenant:project:routing} (apart from the rotation's and the rota's ids). */
public final class RoutingId {

    private RoutingId() {
    }

    public static String of(String tenantId, String projectId) {
        return tenantId + ":" + projectId + ":routing";
    }
}
