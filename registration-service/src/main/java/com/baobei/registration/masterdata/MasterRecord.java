package com.baobei.registration.masterdata;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One master-data entity of a tenant, identified by its topic key {@code tenant:kind:id}. A PUT or import row
 * creates it or replaces its state; the same state again changes nothing and publishes nothing, so re-sending a
 * PUT or re-importing a file is harmless.
 */
@Aggregate
public class MasterRecord {

    @AggregateIdentifier
    private String key;
    private MasterEntity current;

    protected MasterRecord() {
    }

    /** Returns whether anything changed. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(DefineMasterData command) {
        List<Problem> problems = MasterDataRules.problems(command.entity());
        if (!problems.isEmpty()) {
            throw new InvalidMasterDataException(problems);
        }
        if (!command.key().equals(MasterKeys.key(command.tenantId(), command.entity()))) {
            throw new IllegalArgumentException("key " + command.key() + " is not the key of the entity");
        }
        if (command.entity().equals(current)) {
            return false;
        }
        apply(new MasterDataDefined(command.key(), command.tenantId(), command.entity(), command.at(), command.by()));
        return true;
    }

    @EventSourcingHandler
    void on(MasterDataDefined event) {
        this.key = event.key();
        this.current = event.entity();
    }
}
