package com.baobei.registration.masterdata;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create or change one entity (a PUT, or one row of an import): the whole new state, by whom and when. */
public record DefineMasterData(@TargetAggregateIdentifier String key, String tenantId, MasterEntity entity,
                               Instant at, String by) {

    public static DefineMasterData of(String tenantId, MasterEntity entity, Instant at, String by) {
        return new DefineMasterData(MasterKeys.key(tenantId, entity), tenantId, entity, at, by);
    }
}
