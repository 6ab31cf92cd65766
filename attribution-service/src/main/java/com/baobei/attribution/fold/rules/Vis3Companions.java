package com.baobei.attribution.fold.rules;

/**
 * VIS-3: new clients arriving together with a registered client are that channel's clients too. A
 * companion visit names the visit it came with; when that visit made its client a channel's, the
 * companion, unless already owned or claimed by its own valid registration, becomes that channel's.
 */
public final class Vis3Companions {

    public static final String ID = "VIS-3";

    private Vis3Companions() {
    }

    public static boolean followsHost(boolean companionAlreadyOwned, String hostChannelId) {
        return !companionAlreadyOwned && hostChannelId != null;
    }
}
