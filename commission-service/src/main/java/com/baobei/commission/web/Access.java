package com.baobei.commission.web;

import com.baobei.security.Caller;
import com.baobei.security.Forbidden;
import com.baobei.security.Role;

/**
 * The {@code own} cells of the commission rows in docs/security.md: a channel manager sees their own channel only.
 * Whether a caller is held to a channel follows from the roles that see every channel, not from
 * {@link Caller#isChannelPerson()}: a channel manager who is also a consultant must not see other channels' money.
 */
final class Access {

    private Access() {
    }

    /** The channel the caller is held to, or null when one of {@code seeingAll} lets them see every channel. */
    static String ownChannel(Caller caller, Role... seeingAll) {
        return caller.hasAny(seeingAll) ? null : caller.channel();
    }

    /** A path naming a channel: the caller's own, or any for those who see all; another is 403. */
    static void requireChannel(Caller caller, String named, Role... seeingAll) {
        String own = ownChannel(caller, seeingAll);
        if (own != null && !own.equals(named)) {
            throw new Forbidden("channelId " + named + " is not your channel (" + own + ")");
        }
    }

    /** A list's channel filter: forced to the caller's own channel when they are held to it; another is 403. */
    static String channelFilter(Caller caller, String named, Role... seeingAll) {
        String own = ownChannel(caller, seeingAll);
        if (own == null) {
            return named;
        }
        if (named != null && !named.isBlank() && !named.equals(own)) {
            throw new Forbidden("channelId " + named + " is not your channel (" + own + ")");
        }
        return own;
    }
}
