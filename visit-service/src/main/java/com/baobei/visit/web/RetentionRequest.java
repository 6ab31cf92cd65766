package com.baobei.visit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The tenant's retention period of full numbers (ADR 0033). */
public record RetentionRequest(
        @Schema(description = "Days a full number is kept after the last fact that named it", example = "730")
        @NotNull @Min(1) @Max(36500) Integer fullNumberDays) {
}
