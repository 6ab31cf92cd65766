package com.baobei.attribution.fold.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * RPT-1: per channel and per agent, per day and per period: registrations, accepted, rejected by rule, visits,
 * visit rate, purchases, conversion, commission. The day's figures are what REG-6 judges ({@link Reg6Quality}:
 * clients registered that office day and how many of them came within a registration's validity), and what a
 * channel manager reports every evening.
 */
public final class Rpt1Reports {

    public static final String ID = "RPT-1";

    private Rpt1Reports() {
    }

    /** Visited clients as a percentage of registered clients, one decimal; null when nobody was registered. */
    public static BigDecimal visitRatePercent(int clients, int visitedClients) {
        return percent(visitedClients, clients);
    }

    /** Subscriptions as a percentage of visited clients, one decimal; null when nobody visited. */
    public static BigDecimal conversionPercent(int subscriptions, int visitedClients) {
        return percent(subscriptions, visitedClients);
    }

    private static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
