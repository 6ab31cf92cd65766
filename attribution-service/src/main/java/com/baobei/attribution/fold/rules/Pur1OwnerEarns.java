package com.baobei.attribution.fold.rules;

/**
 * PUR-1: a subscription by a client inside a channel's protection is that channel's deal, even when
 * another consultant closed it. A client still pending confirmation (VIS-1) is not yet protected.
 */
public final class Pur1OwnerEarns {

    public static final String ID = "PUR-1";

    private Pur1OwnerEarns() {
    }

    public static String earner(String protectingChannelId) {
        return protectingChannelId;
    }
}
