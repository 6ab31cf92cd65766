package com.baobei.registration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The answer to a registration: its id and the server's registration time. The verdict is the attribution service's. */
public record RegistrationResponse(
        String registrationId,
        String tenantId,
        String projectId,
        String channelId,
        String channelKind,
        String agentId,
        String clientSurname,
        String maskedPhone,
        Instant expectedVisitAt,
        int companionCount,
        Instant registeredAt,
        String intake,
        String importedBy,
        @Schema(description = "The code the desk types when there is no scanner (ShortCode), shown as K7QM-3PX9",
                example = "K7QM-3PX9") String shortCode) {
}
