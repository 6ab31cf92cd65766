package com.baobei.visit.routing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.baobei.visit.shared.InvalidCommandException;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The reception routing of one project (ROT-4, as 和成璟园 sets it). It only checks the routes' shape and keeps
 * their history; the front desk reads the latest routes from the view written with the event.
 */
@Aggregate
public class ReceptionRouting {

    @AggregateIdentifier
    private String routingId;

    protected ReceptionRouting() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetRouting command) {
        Set<String> channels = new HashSet<>();
        for (int i = 0; i < command.routes().size(); i++) {
            Route route = command.routes().get(i);
            if (!channels.add(route.channelId())) {
                throw new InvalidCommandException("routes[" + i + "].channelId", "ROT-4: a channel has one route");
            }
            if (route.agencies().isEmpty()) {
                throw new InvalidCommandException("routes[" + i + "].agencies",
                        "ROT-4: a route names the agencies that receive the channel's clients");
            }
            if (new HashSet<>(route.agencies()).size() != route.agencies().size()) {
                throw new InvalidCommandException("routes[" + i + "].agencies", "ROT-4: an agency is named once");
            }
        }
        apply(new RoutingSet(command.routingId(), command.tenantId(), command.projectId(), command.routes(),
                command.setBy(), command.setAt()));
    }

    @EventSourcingHandler
    void on(RoutingSet event) {
        this.routingId = event.routingId();
    }
}
