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
 * A project's existing registrations, brought in when the project is onboarded. Every row is checked like a single
 * registration ({@link RegistrationRequest}): the rows are validated one by one ({@code @Valid}), each problem named
 * {@code rows[i].field}.
 */
public record ImportRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String tenantId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String projectId,
        @NotNull @Size(min = 1, max = ImportRequest.MAX_ROWS) List<@NotNull @Valid Row> rows) {

    static final int MAX_ROWS = 100_000;

    /** One registration of the file; its time is the original registration time, kept as business time. */
    public record Row(
            @NotNull Instant registeredAt,
            @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String channelId,
            @NotNull ChannelKind channelKind,
            @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String agentId,
            @NotBlank(message = "ID-1: a registration needs the client's surname") @Size(max = Patterns.SURNAME_MAX)
            @PlainText @NoFullPhone String clientSurname,
            @NotNull @Pattern(regexp = Patterns.MASKED_PHONE, message = Patterns.MASKED_PHONE_MESSAGE)
            String maskedPhone) {
    }
}
