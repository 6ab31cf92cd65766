package com.baobei.visit.web;

import java.time.LocalDate;
import java.util.List;

/** ROT-3: the rota as set: from {@code from} on, {@code agencies[0]} that day, {@code agencies[1]} the next, … */
public record CallRotaResponse(String tenantId, String projectId, LocalDate from, List<String> agencies) {
}
