package com.baobei.visit.web;

import java.time.LocalDate;
import java.util.List;

/** The day's queue, head first: the head receives the next natural visit, the last a market researcher. */
public record RotationResponse(
        String tenantId,
        String projectId,
        LocalDate day,
        List<String> queue,
        String head,
        String last,
        String lastTurnConsultantId) {
}
