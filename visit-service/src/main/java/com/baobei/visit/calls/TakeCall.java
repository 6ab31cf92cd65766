package com.baobei.visit.calls;

import com.baobei.visit.shared.PhoneRef;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * ROT-3: the hotline rang and someone answered. The caller's number arrives masked and hashed (ID-4), or not at all
 * (a withheld number). Answers the {@link CallTaken} it recorded.
 *
 * @param day             the call's calendar day in the project's time zone
 * @param takenByAgencyId the agency that answered, when not the one on duty (it could not take calls); null: the
 *                        agency on duty answered
 */
public record TakeCall(
        @TargetAggregateIdentifier String rotaId,
        String callId,
        LocalDate day,
        Instant calledAt,
        String callerSurname,
        PhoneRef caller,
        String takenByAgencyId,
        String recordedBy) {
}
