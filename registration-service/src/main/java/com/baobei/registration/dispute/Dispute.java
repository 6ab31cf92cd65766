package com.baobei.registration.dispute;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.baobei.contracts.Phones;
import com.baobei.contracts.Texts;
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
        requireNoFullPhone(command);
        apply(new DisputeRaised(command.disputeId(), command.tenantId(), command.projectId(), command.channelId(),
                command.agentId(), command.kind(), command.clientSurname(), command.maskedPhone(),
                command.registrationId(), command.purchaseId(), command.evidenceRefs(), command.statement(),
                command.raisedAt()));
    }

    /** ID-4: the dispute's text is published and kept for good; a full number never goes in. */
    private static void requireNoFullPhone(RaiseDispute command) {
        if (Texts.holdsFullPhone(command.clientSurname())) {
            throw new InvalidRegistrationException("clientSurname", "ID-4: no full phone number in a surname");
        }
        if (Texts.holdsFullPhone(command.statement())) {
            throw new InvalidRegistrationException("statement", "ID-4: no full phone number in the statement");
        }
        for (int i = 0; i < command.evidenceRefs().size(); i++) {
            if (Texts.holdsFullPhone(command.evidenceRefs().get(i))) {
                throw new InvalidRegistrationException("evidenceRefs[" + i + "]",
                        "ID-4: no full phone number in an evidence reference");
            }
        }
    }

    @EventSourcingHandler
    void on(DisputeRaised event) {
        this.disputeId = event.disputeId();
    }
}
