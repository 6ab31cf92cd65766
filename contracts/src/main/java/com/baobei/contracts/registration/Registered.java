package com.baobei.contracts.registration;

import com.baobei.contracts.EventData;
import java.time.Instant;
import java.util.List;

/**
 * {@code registration.Registered.v1}: a channel's claim on a client, made before the first visit.
 * The envelope's {@code occurredAt} is the registration time: the registration service's clock
 * (REG-1), or the original time from an imported file when {@code intake} is {@code IMPORT}.
 * {@code imported} says the latter in one word for readers that only want to know whether the time was
 * chosen by someone (ADR 0019): true exactly when {@code intake} is {@code IMPORT}; optional, since events
 * written before it lack it (read {@code intake} then).
 */
public record Registered(
        String registrationId,
        String channelId,
        ChannelKind channelKind,
        String agentId,
        String clientSurname,
        String maskedPhone,
        Instant expectedVisitAt,
        List<Companion> companions,
        Intake intake,
        String importedBy,
        Boolean imported) implements EventData {

    public Registered {
        companions = companions == null ? List.of() : List.copyOf(companions);
    }

    /** Without {@code imported}, as events written before it were (ADR 0003 §3: left out when null). */
    public Registered(String registrationId, String channelId, ChannelKind channelKind, String agentId,
                      String clientSurname, String maskedPhone, Instant expectedVisitAt, List<Companion> companions,
                      Intake intake, String importedBy) {
        this(registrationId, channelId, channelKind, agentId, clientSurname, maskedPhone, expectedVisitAt, companions,
                intake, importedBy, null);
    }

    public enum ChannelKind { AGENCY, BROKER, OWN_CHANNEL, REFERRAL }

    /** API: a channel agent at the time; IMPORT: a project's history brought in by an importer. */
    public enum Intake { API, IMPORT }

    /** Someone the agent expects to come along (VIS-3). */
    public record Companion(String surname, String maskedPhone) {
    }
}
