package com.baobei.attribution.fold.rules;

/**
 * REG-7: the developer's employees and their direct relatives cannot be a channel's clients: a visit
 * or purchase flagged insider leaves no channel owning the client, and its registrations are rejected.
 */
public final class Reg7Insiders {

    public static final String ID = "REG-7";

    private Reg7Insiders() {
    }

    public static boolean excluded(boolean flaggedOnVisitOrPurchase, boolean knownInsider) {
        return flaggedOnVisitOrPurchase || knownInsider;
    }
}
