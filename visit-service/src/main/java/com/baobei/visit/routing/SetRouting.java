package com.baobei.visit.routing;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ROT-4: the project's routes, replacing the ones before; channels without a route go to the general rotation. */
public record SetRouting(
        @TargetAggregateIdentifier String routingId,
        String tenantId,
        String projectId,
        List<Route> routes,
        String setBy,
        Instant setAt) {

    public SetRouting {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }
}
