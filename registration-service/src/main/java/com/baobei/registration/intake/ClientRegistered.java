package com.baobei.registration.intake;

import com.baobei.contracts.registration.Registered.ChannelKind;
import com.baobei.contracts.registration.Registered.Companion;
import com.baobei.contracts.registration.Registered.Intake;
import java.time.Instant;
import java.util.List;

/**
 * Stored event of the {@link Registration} aggregate. Private to this service: the published
 * form is {@code registration.Registered.v1}, mapped in the publishing package, so the store and
 * the public language can evolve separately.
 */
public record ClientRegistered(
        String registrationId,
        String tenantId,
        String projectId,
        String channelId,
        ChannelKind channelKind,
        String agentId,
        String clientSurname,
        String maskedPhone,
        Instant expectedVisitAt,
        List<Companion> companions,
        Instant registeredAt,
        Intake intake,
        String importedBy) {
}
