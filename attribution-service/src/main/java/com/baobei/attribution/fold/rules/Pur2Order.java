package com.baobei.attribution.fold.rules;

import java.time.Instant;

/** PUR-2: the first visit must come before the subscription (the same minute counts as before). */
public final class Pur2Order {

    public static final String ID = "PUR-2";

    private Pur2Order() {
    }

    public static boolean visitedBefore(Instant firstVisitAt, Instant subscribedAt) {
        return firstVisitAt != null && Days.minutesBetween(firstVisitAt, subscribedAt) >= 0;
    }
}
