package com.baobei.attribution.fold.rules;

/**
 * REG-4: two channels, one client: the earlier valid registration wins. If the earlier one has lapsed,
 * the latest still-valid one wins. If none is valid, the visit is natural (VIS-2). The fold offers the
 * candidates valid at the visit in fold order, so the winner is the first of them; lapsed ones never
 * become candidates, which is how "the latest still-valid one" wins over a lapsed earlier one.
 */
public final class Reg4Priority {

    public static final String ID = "REG-4";

    private Reg4Priority() {
    }

    public static boolean beats(int candidateFoldPosition, int bestFoldPosition) {
        return candidateFoldPosition < bestFoldPosition;
    }
}
