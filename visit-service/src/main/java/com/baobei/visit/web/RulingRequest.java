package com.baobei.visit.web;

import com.baobei.contracts.Texts;
import com.baobei.contracts.visit.DisputeRuled.OwnerKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The developer's ruling on a channel's dispute (DSP-1); the level follows the ruler's role. */
public record RulingRequest(
        @Schema(description = "Optional: the tenant of your token, which is the tenant whatever this says; "
                + "another tenant is 403")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String tenantId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String projectId,
        @Schema(description = "The disputed client's surname, as in the dispute")
        @NotBlank @Size(max = 50) @Pattern(regexp = Patterns.SURNAME, message = Patterns.SURNAME_MESSAGE)
        String clientSurname,
        @Schema(description = "The disputed client's masked number, as the channel knows it")
        @NotNull @Pattern(regexp = Patterns.MASKED_PHONE, message = Patterns.MASKED_PHONE_MESSAGE) String maskedPhone,
        @NotNull OwnerKind ownerKind,
        @Schema(description = "Only when ownerKind is CHANNEL (then required)")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String channelId,
        @Schema(description = "Only when ownerKind is CHANNEL")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String agentId,
        @NotBlank @Size(max = 2000) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_MESSAGE) String rationale,
        @Schema(description = "ID-3: other full numbers of the same person; published masked only")
        @PhoneField @Size(max = 20) List<@NotNull @Pattern(regexp = Patterns.FULL_PHONE,
                message = Patterns.FULL_PHONE_MESSAGE) String> linkedPhones) {

    /** Numbers as NFKC has them (full-width digits are digits), before any check sees them. */
    public RulingRequest {
        linkedPhones = linkedPhones == null ? null
                : linkedPhones.stream().map(Texts::normalize).collect(java.util.stream.Collectors.toList());
    }
}
