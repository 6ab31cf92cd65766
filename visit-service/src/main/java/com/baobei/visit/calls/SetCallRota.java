package com.baobei.visit.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * ROT-3: from {@code from} on, the agencies answer the hotline one day each, in this order, round and round, until a
 * rota from a later day takes over (the seed's weekly 接电排序表). Setting one for the same day replaces it.
 */
public record SetCallRota(
        @TargetAggregateIdentifier String rotaId,
        String tenantId,
        String projectId,
        LocalDate from,
        List<String> agencies,
        String setBy,
        Instant setAt) {

    public SetCallRota {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }
}
