package com.baobei.visit.web;

import com.baobei.visit.routing.Route;
import java.util.List;

/** ROT-4: the project's routes as they now stand; a channel not listed goes to the general rotation. */
public record RoutingResponse(String tenantId, String projectId, List<Route> routes) {
}
