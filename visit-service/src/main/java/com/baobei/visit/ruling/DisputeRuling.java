package com.baobei.visit.ruling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.baobei.contracts.visit.DisputeRuled.Level;
import com.baobei.contracts.visit.DisputeRuled.OwnerKind;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import com.baobei.visit.shared.TenantScoped;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The rulings on one dispute (DSP-1, DSP-2). The dispute itself was raised on the channels' side;
 * here only the developer's people rule: the site manager first, the marketing manager on
 * escalation. A second ruling at the same level re-rules; after escalation the site manager no
 * longer rules.
 */
@Aggregate
public class DisputeRuling {

    /** Tenant and dispute id ({@link TenantScoped}). */
    @AggregateIdentifier
    private String aggregateId;
    private String tenantId;
    private String projectId;
    private String maskedPhone;
    private Level highestLevel;

    protected DisputeRuling() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RuleDispute command) {
        requireOwner(command);
        if (highestLevel == null) {
            if (command.level() != Level.SITE_MANAGER) {
                throw new ConflictingStateException("disputeId",
                        "DSP-1: the first ruling is the site manager's; escalation follows it");
            }
        } else {
            if (!tenantId.equals(command.tenantId()) || !projectId.equals(command.projectId())
                    || !maskedPhone.equals(command.maskedPhone())) {
                throw new ConflictingStateException("maskedPhone",
                        "the dispute was ruled for another tenant, project or client");
            }
            if (highestLevel == Level.MARKETING_MANAGER && command.level() == Level.SITE_MANAGER) {
                throw new ConflictingStateException("disputeId",
                        "DSP-1: escalated to the marketing manager; only that level re-rules");
            }
        }
        apply(new DisputeRulingRecorded(command.disputeId(), command.tenantId(), command.projectId(),
                command.clientSurname(), command.maskedPhone(), command.ownerKind(), command.channelId(),
                command.agentId(), command.rationale(), command.linkedPhones(), command.level(), command.ruledBy(),
                command.ruledAt()));
    }

    private static void requireOwner(RuleDispute command) {
        if (command.ownerKind() == OwnerKind.CHANNEL && command.channelId() == null) {
            throw new InvalidCommandException("channelId", "DSP-2: a ruling for a channel names the channel");
        }
        if (command.ownerKind() == OwnerKind.OFFICE && (command.channelId() != null || command.agentId() != null)) {
            throw new InvalidCommandException("channelId", "a ruling for the office names no channel or agent");
        }
        long distinct = command.linkedPhones().stream().map(p -> p.phoneHash()).distinct().count();
        if (distinct != command.linkedPhones().size()) {
            throw new InvalidCommandException("linkedPhones", "ID-3: each linked number once");
        }
    }

    @EventSourcingHandler
    void on(DisputeRulingRecorded event) {
        if (highestLevel == null) {
            this.aggregateId = TenantScoped.id(event.tenantId(), event.disputeId());
            this.tenantId = event.tenantId();
            this.projectId = event.projectId();
            this.maskedPhone = event.maskedPhone();
        }
        if (highestLevel != Level.MARKETING_MANAGER) {
            this.highestLevel = event.level();
        }
    }
}
