package com.baobei.visit.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Stored event (ROT-3): the agencies take the hotline by day in this order from {@code from} on. Internal. */
public record CallRotaSet(
        String rotaId,
        String tenantId,
        String projectId,
        LocalDate from,
        List<String> agencies,
        String setBy,
        Instant setAt) {
}
