package com.baobei.visit.erasure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One erasure as the event store keeps it, so that the store stays this service's outbox (ADR 0002): its events reach
 * {@code baobei.visit.events} exactly as every other fact does, after the commit that erased the number.
 */
@Aggregate
public class Erasure {

    @AggregateIdentifier
    private String erasureId;

    protected Erasure() {
    }

    @CommandHandler
    public Erasure(AnnounceErasure command) {
        if (command.projectIds().isEmpty()) {
            throw new IllegalArgumentException("an erasure is announced at the projects where the client is known");
        }
        for (String projectId : command.projectIds()) {
            apply(new ClientErased(command.erasureId(), command.tenantId(), projectId, command.maskedPhone(),
                    command.phoneHash(), command.trigger(), command.erasedAt()));
        }
    }

    @EventSourcingHandler
    void on(ClientErased event) {
        this.erasureId = event.erasureId();
    }
}
