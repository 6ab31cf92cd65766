package com.baobei.registration.web;

import com.baobei.contracts.registration.Registered.ChannelKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A channel agent registers a client. There is no time field: the registration time is the
 * server's clock, so a channel cannot backdate (REG-1).
 */
public record RegistrationRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String tenantId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String projectId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String channelId,
        @NotNull ChannelKind channelKind,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String agentId,
        @NotBlank(message = "ID-1: a registration needs the client's surname") @Size(max = Patterns.SURNAME_MAX)
        @PlainText @NoFullPhone String clientSurname,
        @NotNull @Pattern(regexp = Patterns.MASKED_PHONE, message = Patterns.MASKED_PHONE_MESSAGE) String maskedPhone,
        Instant expectedVisitAt,
        @Size(max = 10) List<@NotNull @Valid CompanionRequest> companions) {

    public record CompanionRequest(
            @NotBlank @Size(max = Patterns.SURNAME_MAX) @PlainText @NoFullPhone String surname,
            @NotNull @Pattern(regexp = Patterns.MASKED_PHONE, message = Patterns.MASKED_PHONE_MESSAGE)
            String maskedPhone) {
    }
}
