package com.baobei.attribution.fold.rules;

import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.UnitType;

/**
 * PUR-3: no channel commission for excluded unit types [parking], or for repeat purchases by existing
 * buyers unless the earlier deal was that channel's own. (A channel's agreed unit scope is not in the
 * published events, so it is not judged here.)
 */
public final class Pur3Exclusions {

    public static final String ID = "PUR-3";

    private Pur3Exclusions() {
    }

    public static boolean excludedUnit(UnitType unitType, ProjectPolicy policy) {
        return unitType != null && policy.excludedUnitTypes().contains(unitType);
    }

    /** An existing buyer's new purchase earns only the channel that earned the earlier deal. */
    public static boolean repeatAllowed(String earlierDealChannelId, String candidateChannelId) {
        return candidateChannelId != null && candidateChannelId.equals(earlierDealChannelId);
    }
}
