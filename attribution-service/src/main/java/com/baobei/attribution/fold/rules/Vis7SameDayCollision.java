package com.baobei.attribution.fold.rules;

/**
 * VIS-7: if, while a registration is valid, the client comes on their own (no registration named on the
 * form) or through another channel, the client belongs to the first valid registrant; the visit then
 * counts for that registrant unless the manager marks it invalid.
 */
public final class Vis7SameDayCollision {

    public static final String ID = "VIS-7";

    private Vis7SameDayCollision() {
    }

    public static boolean applies(String namedRegistrationId, String winningRegistrationId) {
        return winningRegistrationId != null && !winningRegistrationId.equals(namedRegistrationId);
    }
}
