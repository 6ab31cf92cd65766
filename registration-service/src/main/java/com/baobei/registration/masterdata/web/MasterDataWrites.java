package com.baobei.registration.masterdata.web;

import com.baobei.registration.masterdata.DefineMasterData;
import com.baobei.registration.masterdata.InvalidMasterDataException;
import com.baobei.registration.masterdata.MasterDataRefused;
import com.baobei.registration.masterdata.MasterDataRules;
import com.baobei.registration.masterdata.MasterEntity;
import com.baobei.registration.masterdata.Problem;
import com.baobei.registration.masterdata.References;
import com.baobei.registration.masterdata.persistence.MasterDataTable;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes entities in one transaction: all of an import or none. The events, the rows of the view and so the
 * publication share that transaction (the event store is the outbox, ADR 0002).
 */
@Component
class MasterDataWrites {

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final MasterDataTable table;
    private final Clock clock;

    MasterDataWrites(CommandGateway commands, TransactionTemplate transaction,
                     MasterDataTable table, Clock clock) {
        this.commands = commands;
        this.transaction = transaction;
        this.table = table;
        this.clock = clock;
    }

    /** One entity of a PUT: 400 when it breaks its own rules, 422 when it names what does not exist. */
    MasterEntity define(String tenantId, String by, MasterEntity entity) {
        List<Problem> invalid = MasterDataRules.problems(entity);
        if (!invalid.isEmpty()) {
            throw new InvalidMasterDataException(invalid);
        }
        List<Problem> unknown = References.problems(table, tenantId, entity, Set.of());
        if (!unknown.isEmpty()) {
            throw new MasterDataRefused(unknown);
        }
        defineAll(tenantId, by, List.of(entity));
        return entity;
    }

    /** Entities already checked; returns how many changed. */
    int defineAll(String tenantId, String by, List<MasterEntity> entities) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return transaction.execute(status -> {
            int changed = 0;
            for (MasterEntity entity : entities) {
                Object result = commands.sendAndWait(DefineMasterData.of(tenantId, entity, now, by));
                if (Boolean.TRUE.equals(result)) {
                    changed++;
                }
            }
            return changed;
        });
    }
}
