package com.baobei.registration.web;

import com.baobei.contracts.registration.Disputed.Kind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A channel's dispute about a client it believes is its own (DSP-1), or a late claim on a buyer (PUR-7). Every field
 * is checked as the consumers of registration.Disputed.v1 would: ids they can key by, text without control
 * characters or full numbers (ID-4), the schema's lengths.
 */
public record DisputeRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String tenantId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String projectId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String channelId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String agentId,
        @NotNull Kind kind,
        @NotBlank @Size(max = Patterns.SURNAME_MAX) @PlainText @NoFullPhone String clientSurname,
        @NotNull @Pattern(regexp = Patterns.MASKED_PHONE, message = Patterns.MASKED_PHONE_MESSAGE) String maskedPhone,
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) @NoFullPhone
        String registrationId,
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) @NoFullPhone String purchaseId,
        @NotEmpty(message = "DSP-1: a dispute comes with evidence") @Size(max = 20)
        List<@NotBlank @Size(max = 200) @PlainText @NoFullPhone String> evidenceRefs,
        @Size(max = 2000) @PlainText(multiLine = true) @NoFullPhone String statement) {
}
