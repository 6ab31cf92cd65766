package com.baobei.visit.calls;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * ROT-3 Inbound phone calls rotate by day between agencies; a call belongs to the agency that took it.
 * (渠道联合案场管理规定 一: 各公司按天轮流接电; 如有一方不能接电, 则由其他公司轮流接电, 期间所接电客户归属接电一方.)
 * Pure: the rotas set so far and a day decide who is on duty; who answered decides whose the call is.
 */
public final class Rot3CallDuty {

    public static final String RULE = "ROT-3";

    private Rot3CallDuty() {
    }

    /**
     * The agency on duty on {@code day}: the rota in force (the latest {@code from} not after the day) counted
     * round from its first day, one agency a day. Empty before the first rota.
     */
    public static Optional<String> onDuty(NavigableMap<LocalDate, List<String>> rotas, LocalDate day) {
        Map.Entry<LocalDate, List<String>> rota = rotas.floorEntry(day);
        if (rota == null) {
            return Optional.empty();
        }
        List<String> agencies = rota.getValue();
        long days = ChronoUnit.DAYS.between(rota.getKey(), day);
        return Optional.of(agencies.get((int) (days % agencies.size())));
    }

    /** Whose the call is, and why, given the agency on duty and the one that answered (null: the one on duty). */
    public static Owner owner(String onDuty, String takenBy) {
        if (takenBy == null || takenBy.equals(onDuty)) {
            return new Owner(onDuty, "agency " + onDuty + " is on the hotline that day and took the call");
        }
        return new Owner(takenBy, "agency " + onDuty + " was on duty but could not take calls; the call belongs to "
                + takenBy + ", which took it");
    }

    public record Owner(String agencyId, String reason) {
    }
}
