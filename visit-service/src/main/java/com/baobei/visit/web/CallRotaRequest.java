package com.baobei.visit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** ROT-3: the agencies that take the hotline, one day each in this order, from the path's day on. */
public record CallRotaRequest(
        @NotEmpty(message = "ROT-3: at least one agency takes calls") @Size(max = 20)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> agencies) {
}
