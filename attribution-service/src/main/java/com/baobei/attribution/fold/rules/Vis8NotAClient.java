package com.baobei.attribution.fold.rules;

import com.baobei.contracts.visit.Visited;

/**
 * VIS-8: passers-by asking the way, vendors, job seekers, people meeting someone and market
 * researchers are not visits: they make no client, own nothing and do not count in a day's visit rate.
 */
public final class Vis8NotAClient {

    public static final String ID = "VIS-8";

    private Vis8NotAClient() {
    }

    public static boolean isVisit(Visited visited) {
        return visited.kind() != Visited.Kind.NON_CLIENT && visited.nonClientReason() == null;
    }
}
