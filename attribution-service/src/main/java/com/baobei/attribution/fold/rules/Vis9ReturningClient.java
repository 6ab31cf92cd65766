package com.baobei.attribution.fold.rules;

/**
 * VIS-9: a client who comes back is not a new visit: while the client is owned (protected, pending,
 * bought or ruled) a return changes nothing but may renew (VIS-5). A return after the protection lapsed
 * is judged afresh (VIS-6), and so is a "return" of someone the project has no record of.
 */
public final class Vis9ReturningClient {

    public static final String ID = "VIS-9";

    private Vis9ReturningClient() {
    }

    public static boolean isNewVisit(boolean ownedNow) {
        return !ownedNow;
    }
}
