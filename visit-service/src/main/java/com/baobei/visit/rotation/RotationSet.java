package com.baobei.visit.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Stored event: the day's queue as the site manager set it. Internal; not published. */
public record RotationSet(
        String rotationId,
        String tenantId,
        String projectId,
        LocalDate day,
        List<String> queue,
        String setBy,
        Instant setAt) {
}
