package com.baobei.visit.rotation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** VIS-8: a market researcher is received by the last consultant in the queue and takes no turn. Answers a {@link Reception}. */
public record ReceiveMarketResearcher(@TargetAggregateIdentifier String rotationId, String visitId) {
}
