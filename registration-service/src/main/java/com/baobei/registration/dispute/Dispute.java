package com.baobei.registration.dispute;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.baobei.contracts.Phones;
import com.baobei.contracts.registration.Disputed.Kind;
import com.baobei.registration.intake.InvalidRegistrationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A channel's dispute. The channels' side only raises it; the developer's people rule it at the
 * sales office (DSP-1), and the attribution service proposes the outcome the rules give.
 */
@Aggregate
public class Dispute {

    @AggregateIdentifier
    private String disputeId;

    protected Dispute() {
    }

    @CommandHandler
    public Dispute(RaiseDispute command) {
        if (command.evidenceRefs().isEmpty()) {
            throw new InvalidRegistrationException("evidenceRefs", "DSP-1: a dispute comes with evidence");
        }
        if (!Phones.isMasked(command.maskedPhone())) {
            throw new InvalidRegistrationException("maskedPhone", "ID-1: the client's masked number, e.g. 138****5678");
        }
        if (command.kind() == Kind.LATE_CLAIM && command.purchaseId() == null) {
            throw new InvalidRegistrationException("purchaseId", "PUR-7: a late claim names the purchase it claims");
        }
        apply(new DisputeRaised(command.disputeId(), command.tenantId(), command.projectId(), command.channelId(),
                command.agentId(), command.kind(), command.clientSurname(), command.maskedPhone(),
                command.registrationId(), command.purchaseId(), command.evidenceRefs(), command.statement(),
                command.raisedAt()));
    }

    @EventSourcingHandler
    void on(DisputeRaised event) {
        this.disputeId = event.disputeId();
    }
}
