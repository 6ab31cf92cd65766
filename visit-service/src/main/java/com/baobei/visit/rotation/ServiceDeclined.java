package com.baobei.visit.rotation;

import java.time.Instant;
import java.util.List;

/** Stored event (ROT-2): a client declined; the consultant holds (or got back) the head. */
public record ServiceDeclined(
        String rotationId,
        String consultantId,
        boolean restoredToHead,
        List<String> queueAfter,
        String reportedBy,
        Instant reportedAt) {
}
