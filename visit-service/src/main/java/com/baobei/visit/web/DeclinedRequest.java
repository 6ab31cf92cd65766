package com.baobei.visit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** ROT-2: a client declined service. */
public record DeclinedRequest(
        @Schema(description = "The consultant whose client declined; the head of the queue when absent")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String consultantId) {
}
