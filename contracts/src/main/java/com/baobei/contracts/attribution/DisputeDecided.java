package com.baobei.contracts.attribution;

import com.baobei.contracts.EventData;
import com.baobei.contracts.Explanation;

/**
 * {@code attribution.DisputeDecided.v1}: where a dispute stands (DSP-*): open with the rules' proposal, voided by the
 * rules, or ruled by a person; republished whenever that changes.
 *
 * @param clientKey              the client the dispute is about, when the dispute names one
 * @param channelId              the channel that raised it
 * @param proposedOwnerChannelId the channel the rules propose as owner while it is open (absent: the office or none)
 */
public record DisputeDecided(
        String disputeId,
        String clientKey,
        String channelId,
        Status status,
        String proposedOwnerChannelId,
        Explanation explanation) implements EventData {

    /** DSP-1: OPEN waits for a person (with the rules' proposal); REJECTED voided by the rules; RULED decided by a person. */
    public enum Status { OPEN, REJECTED, RULED }
}
