package com.baobei.visit.routing;

import java.time.Instant;
import java.util.List;

/** Stored event (ROT-4): the project's routes as the site manager set them. Internal; the office's view reads it. */
public record RoutingSet(
        String routingId,
        String tenantId,
        String projectId,
        List<Route> routes,
        String setBy,
        Instant setAt) {
}
