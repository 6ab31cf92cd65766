package com.baobei.attribution.fold;

import com.baobei.contracts.Explanation;

/**
 * One dispute (DSP-1): its status, the owner the rules propose (or the ruling decided), why.
 *
 * @param proposedOwnerChannelId null means the sales office
 */
public record DisputeDecision(
        String disputeId,
        String clientKey,
        String channelId,
        DisputeStatus status,
        String proposedOwnerChannelId,
        Explanation explanation) {
}
