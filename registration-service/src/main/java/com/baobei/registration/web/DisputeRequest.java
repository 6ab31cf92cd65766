package com.baobei.registration.web;

import com.baobei.contracts.registration.Disputed.Kind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A channel's dispute about a client it believes is its own (DSP-1), or a late claim on a buyer (PUR-7). */
public record DisputeRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String tenantId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String projectId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String channelId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String agentId,
        @NotNull Kind kind,
        @NotBlank @Size(max = 20) String clientSurname,
        @NotNull @Pattern(regexp = Patterns.MASKED_PHONE, message = Patterns.MASKED_PHONE_MESSAGE) String maskedPhone,
        @Size(max = 64) String registrationId,
        @Size(max = 64) String purchaseId,
        @NotEmpty(message = "DSP-1: a dispute comes with evidence") @Size(max = 20)
        List<@NotBlank @Size(max = 200) String> evidenceRefs,
        @Size(max = 2000) String statement) {
}
