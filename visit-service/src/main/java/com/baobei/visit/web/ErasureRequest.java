package com.baobei.visit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person's request to erase their number (PIPL, ADR 0033): the number as they give it, or its hash as an erasure
 * record or a published fact names it; exactly one of the two. The number is hashed and never stored.
 */
public record ErasureRequest(
        // no example: a number-shaped example in the published API description is a full number in a partner view
        @Schema(description = "The full number the person gives (11 digits); hashed, never stored")
        @PhoneField @Pattern(regexp = Patterns.FULL_PHONE, message = Patterns.FULL_PHONE_MESSAGE) String phone,
        @Schema(description = "Or the tenant-keyed hash of the number (64 lowercase hex)")
        @Pattern(regexp = "[0-9a-f]{64}", message = "64 lowercase hex digits (the tenant-keyed hash)") String phoneHash,
        @Schema(description = "Why, as recorded (who asked, on which channel); no full number", example = "本人电话申请删除")
        @NotBlank @Size(max = 500) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_MESSAGE) String reason) {
}
