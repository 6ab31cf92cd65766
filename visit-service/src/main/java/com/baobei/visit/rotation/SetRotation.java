package com.baobei.visit.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The site manager puts the day's consultants on duty, in queue order; a later one replaces the queue. */
public record SetRotation(
        @TargetAggregateIdentifier String rotationId,
        String tenantId,
        String projectId,
        LocalDate day,
        List<String> consultants,
        String setBy,
        Instant setAt) {

    public SetRotation {
        consultants = consultants == null ? List.of() : List.copyOf(consultants);
    }
}
