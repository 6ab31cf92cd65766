package com.baobei.visit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Later signatures on a visit's form, or the site manager marking it invalid (VIS-1). */
public record SignFormRequest(
        @Size(max = 500) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_MESSAGE) String agentSignature,
        @Size(max = 500) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_MESSAGE) String consultantSignature,
        @Size(max = 500) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_MESSAGE) String siteManagerSignature,
        Boolean invalid,
        @Size(max = 2000) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_MESSAGE) String invalidReason,
        @Schema(description = "Business time of the signature; the server's clock when absent") Instant signedAt) {

    boolean isInvalid() {
        return Boolean.TRUE.equals(invalid);
    }
}
