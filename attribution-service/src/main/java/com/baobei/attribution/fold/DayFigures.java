package com.baobei.attribution.fold;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * RPT-1: what one channel (agentId null) or one of its agents did on one office day (the project policy's zone).
 *
 * @param registrations  registrations made that day, whatever became of them
 * @param accepted       of them, those not rejected (accepted, used or lapsed now)
 * @param rejectedByRule of them, the rejected ones by the first rule id of their verdict
 * @param clients        distinct clients (number and surname) registered that day that REG-6 counts (past ID-1, REG-8)
 * @param visitedClients of them, those who came within a registration's validity (REG-6's visits)
 * @param subscriptions  subscriptions that day attributed to the channel (agent), not cancelled since
 * @param contracts      contracts signed that day attributed to the channel (agent), not cancelled since
 * @param reg6PoorDay    REG-6 judged the channel's day poor (channel rows only; false on agent rows)
 */
public record DayFigures(String channelId, String agentId, LocalDate day, int registrations, int accepted,
                         Map<String, Integer> rejectedByRule, int clients, int visitedClients, int subscriptions,
                         int contracts, boolean reg6PoorDay) {

    public DayFigures {
        rejectedByRule = Collections.unmodifiableMap(new TreeMap<>(rejectedByRule));
    }

    public int rejected() {
        return rejectedByRule.values().stream().mapToInt(Integer::intValue).sum();
    }
}
