package com.baobei.attribution.fold.rules;

import com.baobei.contracts.registration.Registered;

/**
 * REG-8: only registrations that reached the system through its own intake count (a screenshot in a
 * chat group does not): an imported registration must name who imported it, and a dispute claiming a
 * registration not on record (or another channel's) is rejected.
 */
public final class Reg8Intake {

    public static final String ID = "REG-8";

    private Reg8Intake() {
    }

    public static boolean throughIntake(Registered registered) {
        if (registered.intake() == null) {
            return false;
        }
        return registered.intake() == Registered.Intake.API
                || (registered.importedBy() != null && !registered.importedBy().isBlank());
    }

    /** A claimed registration counts only when it is on record and is the claiming channel's own. */
    public static boolean onRecordFor(Registered onRecord, String claimingChannelId) {
        return onRecord != null && onRecord.channelId() != null && onRecord.channelId().equals(claimingChannelId);
    }
}
