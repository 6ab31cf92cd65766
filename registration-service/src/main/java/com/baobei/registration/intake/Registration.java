package com.baobei.registration.intake;

import com.baobei.contracts.Phones;
import com.baobei.contracts.Texts;
import com.baobei.contracts.registration.Registered.Companion;
import com.baobei.contracts.registration.Registered.Intake;
import java.util.List;

/**
 * One registration (报备). It only records the claim: whether the claim wins is the attribution
 * service's decision, made over all of a project's events. A registration is decided once and never changes, so it is
 * a pure decision, not an Axon aggregate: its one event is appended to the event store (the outbox, ADR 0002) as the
 * first and only event of the aggregate {@code Registration}, by {@code NewRegistrationAppender}, in the request's
 * transaction with its view row and its idempotency answer (ADR 0034).
 */
public final class Registration {

    private Registration() {
    }

    /**
     * The whole decision of a new registration, as a pure function: the event it records, or the rule it breaks.
     * A single registration and every row of a history import ask this same function, so no rule of a registration
     * lives in two places.
     */
    public static ClientRegistered decide(RegisterClient command) {
        requireIdentity(command);
        if (command.intake() == Intake.IMPORT && isBlank(command.importedBy())) {
            throw new InvalidRegistrationException("importedBy", "an imported registration names its importer");
        }
        return new ClientRegistered(command.registrationId(), command.tenantId(), command.projectId(),
                command.channelId(), command.channelKind(), command.agentId(), command.clientSurname(),
                command.maskedPhone(), command.expectedVisitAt(), command.companions(), command.registeredAt(),
                command.intake(), command.importedBy());
    }

    /** ID-1: a surname and a masked number with exactly the middle four hidden; ID-4: no full number in names. */
    private static void requireIdentity(RegisterClient command) {
        if (isBlank(command.clientSurname())) {
            throw new InvalidRegistrationException("clientSurname", "ID-1: a registration needs the client's surname");
        }
        if (!Phones.isMasked(command.maskedPhone())) {
            throw new InvalidRegistrationException("maskedPhone",
                    "ID-1: the number must be 11 digits with the middle four hidden, e.g. 138****5678");
        }
        // ID-4: the event log is immutable and published; a full number in a name would stay there for good
        if (Texts.holdsFullPhone(command.clientSurname())) {
            throw new InvalidRegistrationException("clientSurname", "ID-4: no full phone number in a surname");
        }
        List<Companion> companions = command.companions() == null ? List.of() : command.companions();
        for (int i = 0; i < companions.size(); i++) {
            if (companions.get(i) == null || Texts.holdsFullPhone(companions.get(i).surname())) {
                throw new InvalidRegistrationException("companions[" + i + "].surname",
                        "ID-4: a companion with a surname and no full phone number");
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
