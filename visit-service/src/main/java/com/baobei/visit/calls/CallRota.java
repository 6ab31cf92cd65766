package com.baobei.visit.calls;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The hotline rota of one project (ROT-3, 接电排序). Its state is the rotas by first day; a call asks it which
 * agency is on duty that day and records whose the call is.
 */
@Aggregate
public class CallRota {

    @AggregateIdentifier
    private String rotaId;
    private String tenantId;
    private String projectId;
    private final NavigableMap<java.time.LocalDate, List<String>> rotas = new TreeMap<>();

    protected CallRota() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetCallRota command) {
        if (command.agencies().isEmpty()) {
            throw new InvalidCommandException("agencies", "ROT-3: at least one agency takes calls");
        }
        if (new HashSet<>(command.agencies()).size() != command.agencies().size()) {
            throw new InvalidCommandException("agencies", "ROT-3: an agency is in the rota once");
        }
        apply(new CallRotaSet(command.rotaId(), command.tenantId(), command.projectId(), command.from(),
                command.agencies(), command.setBy(), command.setAt()));
    }

    /** Created if missing only to refuse: a project without a rota has nobody on duty (nothing is stored). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CallTaken handle(TakeCall command) {
        String onDuty = Rot3CallDuty.onDuty(rotas, command.day()).orElseThrow(() -> new ConflictingStateException(
                "calledAt", "ROT-3: no call rota covers " + command.day() + "; set the rota first"));
        if (command.takenByAgencyId() != null && !inAnyRota(command.takenByAgencyId())) {
            throw new InvalidCommandException("takenByAgencyId",
                    "ROT-3: " + command.takenByAgencyId() + " is not one of the agencies taking calls here");
        }
        Rot3CallDuty.Owner owner = Rot3CallDuty.owner(onDuty, command.takenByAgencyId());
        CallTaken taken = new CallTaken(command.callId(), rotaId, tenantId, projectId, command.day(),
                command.calledAt(), command.callerSurname(), command.caller(), onDuty, owner.agencyId(),
                List.of(Rot3CallDuty.RULE), owner.reason(), command.recordedBy());
        apply(taken);
        return taken;
    }

    private boolean inAnyRota(String agencyId) {
        return rotas.values().stream().anyMatch(agencies -> agencies.contains(agencyId));
    }

    @EventSourcingHandler
    void on(CallRotaSet event) {
        this.rotaId = event.rotaId();
        this.tenantId = event.tenantId();
        this.projectId = event.projectId();
        this.rotas.put(event.from(), List.copyOf(event.agencies()));
    }
}
