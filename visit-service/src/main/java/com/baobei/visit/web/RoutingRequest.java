package com.baobei.visit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** ROT-4: the project's routes by channel; it replaces the ones before, and an empty list routes nobody. */
public record RoutingRequest(
        @NotNull @Size(max = 100) List<@NotNull @Valid RouteRequest> routes) {

    /** One channel's clients go to these agencies' consultants only; one agency: that agency alone. */
    public record RouteRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String channelId,
            @Schema(description = "The agencies whose consultants receive the channel's clients, in the day's rotation")
            @NotEmpty(message = "ROT-4: a route names at least one agency") @Size(max = 20)
            List<@NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> agencies) {
    }
}
