package com.baobei.visit.rotation;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * ROT-4: a channel's client routed to some agencies: the first of {@code eligible} in the queue receives and goes to
 * the back, as a natural visit's head does; the others keep their places. Answers a {@link Reception}.
 *
 * @param eligible the consultants of the route's agencies (any order; the queue decides)
 */
public record ReceiveRouted(@TargetAggregateIdentifier String rotationId, String visitId, String channelId,
                            List<String> eligible) {

    public ReceiveRouted {
        eligible = eligible == null ? List.of() : List.copyOf(eligible);
    }
}
