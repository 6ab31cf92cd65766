package com.baobei.registration.intake.persistence;

/** Registrations into one project queued longer than the service waits (ADR 0036): the request is to be sent again. */
public class ProjectBusyException extends RuntimeException {

    public ProjectBusyException(String project) {
        super("registrations into project " + project + " are queued longer than "
                + ProjectRegistrationClock.MAX_WAIT.toSeconds() + " s; send it again (with the same Idempotency-Key)");
    }
}
