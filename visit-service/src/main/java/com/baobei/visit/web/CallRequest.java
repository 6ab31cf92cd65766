package com.baobei.visit.web;

import com.baobei.contracts.Texts;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** ROT-3: an inbound call to the project's hotline, as the agency that answered it records it. */
public record CallRequest(
        @Schema(description = "Business time: when the call came in; its day decides the agency on duty")
        @NotNull Instant calledAt,
        @Size(max = 50) @Pattern(regexp = Patterns.SURNAME, message = Patterns.SURNAME_MESSAGE) String callerSurname,
        @Schema(description = "The caller's full number as the phone showed it, when shown; kept by the office only, "
                + "stored and answered masked (ID-4)")
        @PhoneField @Pattern(regexp = Patterns.FULL_PHONE, message = Patterns.FULL_PHONE_MESSAGE) String callerPhone,
        @Schema(description = "The agency that answered, when the one on duty could not take calls; the call is then "
                + "that agency's (ROT-3). Absent: the agency on duty answered")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String takenByAgencyId) {

    /** Numbers as NFKC has them (full-width digits are digits), before any check sees them. */
    public CallRequest {
        callerPhone = Texts.normalize(callerPhone);
    }
}
