package com.baobei.visit.web;

import com.baobei.contracts.Texts;
import com.baobei.contracts.visit.Visited.Kind;
import com.baobei.contracts.visit.Visited.NonClientReason;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The office records someone at the sales office. Which fields a visit needs depends on its kind;
 * {@link VisitChecks} says which.
 */
public record VisitRequest(
        @Schema(description = "Optional: the tenant of your token, which is the tenant whatever this says; "
                + "another tenant is 403")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String tenantId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String projectId,
        @NotNull Kind kind,
        @Size(max = 50) @Pattern(regexp = Patterns.SURNAME, message = Patterns.SURNAME_MESSAGE) String clientSurname,
        @Schema(description = "The full number (the office knows it); never published, see ID-4")
        @PhoneField @Pattern(regexp = Patterns.FULL_PHONE, message = Patterns.FULL_PHONE_MESSAGE) String clientPhone,
        @Schema(description = "Business time: when the visitor arrived") @NotNull Instant visitedAt,
        @Schema(description = "Absent for a natural first visit: the head of the rotation receives (ROT-1)")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String consultantId,
        @Schema(description = "The registration the visit form names (ID-2)")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String registrationId,
        @Valid FormRequest form,
        @Schema(description = "VIS-3: the visit of the client a companion came with")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String accompaniedVisitId,
        @Schema(description = "PUR-6: the referring buyer's full number; published as its keyed hash only")
        @PhoneField @Pattern(regexp = Patterns.FULL_PHONE, message = Patterns.FULL_PHONE_MESSAGE) String referrerPhone,
        @Schema(description = "REG-7: the developer's employee or a direct relative") Boolean insider,
        @Schema(description = "VIS-8: only for kind NON_CLIENT") NonClientReason nonClientReason,
        @Schema(description = "ROT-4: the channel that brought the client (with registrationId); where the project "
                + "routes that channel, the routing chooses the consultant, and naming one outside it is flagged")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String channelId) {

    public VisitRequest(String tenantId, String projectId, Kind kind, String clientSurname, String clientPhone,
                        Instant visitedAt, String consultantId, String registrationId, FormRequest form,
                        String accompaniedVisitId, String referrerPhone, Boolean insider,
                        NonClientReason nonClientReason) {
        this(tenantId, projectId, kind, clientSurname, clientPhone, visitedAt, consultantId, registrationId, form,
                accompaniedVisitId, referrerPhone, insider, nonClientReason, null);
    }

    /** Numbers as NFKC has them (full-width digits are digits), before any check sees them. */
    public VisitRequest {
        clientPhone = Texts.normalize(clientPhone);
        referrerPhone = Texts.normalize(referrerPhone);
    }

    /** The visit confirmation form (VIS-1): signatures are references (e.g. image ids), or invalid with a reason. */
    public record FormRequest(
            @Size(max = 500) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_MESSAGE) String agentSignature,
            @Size(max = 500) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_MESSAGE) String consultantSignature,
            @Size(max = 500) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_MESSAGE) String siteManagerSignature,
            Boolean invalid,
            @Size(max = 2000) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_MESSAGE) String invalidReason) {

        boolean isInvalid() {
            return Boolean.TRUE.equals(invalid);
        }
    }
}
