package com.baobei.registration.web;

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
        String importedBy) {
}
