package com.baobei.visit.rotation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A natural first visit (ROT-1, VIS-2). With no consultant named, the head receives and moves to
 * the back. Naming the head is the same. Naming someone else receives out of turn (e.g. ROT-2: the
 * consultant the client declined earlier) and moves nobody. Answers a {@link Reception}.
 */
public record ReceiveNaturalVisit(@TargetAggregateIdentifier String rotationId, String visitId, String consultantId) {
}
