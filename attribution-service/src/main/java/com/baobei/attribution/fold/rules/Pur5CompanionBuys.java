package com.baobei.attribution.fold.rules;

import java.time.LocalDate;

/**
 * PUR-5: a friend or relative who came with a confirmed client and subscribes on the spot (the day of
 * that visit), never confirmed before, is that channel's deal.
 */
public final class Pur5CompanionBuys {

    public static final String ID = "PUR-5";

    private Pur5CompanionBuys() {
    }

    public static boolean onTheSpot(LocalDate companionVisitDay, LocalDate subscriptionDay) {
        return companionVisitDay != null && companionVisitDay.equals(subscriptionDay);
    }
}
