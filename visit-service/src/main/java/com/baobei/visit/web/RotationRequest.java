package com.baobei.visit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The day's consultants on duty, in queue order, head first (ROT-1). */
public record RotationRequest(
        @NotEmpty(message = "ROT-1: at least one consultant on duty") @Size(max = 100)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> consultants) {
}
