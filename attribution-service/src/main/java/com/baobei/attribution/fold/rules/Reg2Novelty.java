package com.baobei.attribution.fold.rules;

/**
 * REG-2: a registration is rejected when the client is already owned: visited before and still inside
 * someone's protection (a channel's, pending or confirmed, or the office's natural one), bought, ruled,
 * or inside another channel's still-valid registration. A client whose protection lapsed is new again.
 */
public final class Reg2Novelty {

    public static final String ID = "REG-2";

    private Reg2Novelty() {
    }

    public static boolean isNew(boolean ownedByVisitPurchaseOrRuling, boolean insideOtherChannelsValidRegistration) {
        return !ownedByVisitPurchaseOrRuling && !insideOtherChannelsValidRegistration;
    }
}
