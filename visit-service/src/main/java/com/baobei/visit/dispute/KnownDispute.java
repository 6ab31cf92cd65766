package com.baobei.visit.dispute;

/** A dispute as the channel raised it: where, by whom, about which client (masked; absent for some late claims). */
public record KnownDispute(String tenantId, String disputeId, String projectId, String kind, String channelId,
                           String maskedPhone) {
}
