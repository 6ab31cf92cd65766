package com.baobei.visit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** PUR-8: a purchase undone (退房 / 退订), with the reason. */
public record CancellationRequest(
        @NotBlank @Size(max = 2000) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_MESSAGE) String reason,
        @Schema(description = "Business time; the server's clock when absent") Instant cancelledAt) {
}
