package com.baobei.registration.intake;

import com.baobei.contracts.registration.Registered.ChannelKind;
import com.baobei.contracts.registration.Registered.Companion;
import com.baobei.contracts.registration.Registered.Intake;
import java.time.Instant;
import java.util.List;

/** A channel agent's registration of a client, or one row of an imported history. */
public record RegisterClient(
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
