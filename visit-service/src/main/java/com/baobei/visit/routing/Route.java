package com.baobei.visit.routing;

import java.util.List;

/**
 * ROT-4: one channel's clients are received by the consultants of these agencies only, in the day's rotation
 * order; one agency is "that agency alone".
 */
public record Route(String channelId, List<String> agencies) {

    public Route {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }
}
