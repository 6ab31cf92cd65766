package com.baobei.registration.intake.persistence;

/** Registrations into one project queued longer than the service waits (ADR 0036): the request is to be sent again. */
public class ProjectBusyException extends RuntimeException {

    public ProjectBusyException(String project, java.time.Duration waited) {
        super("registrations into project " + project + " are queued longer than " + waited.toSeconds()
                + " s; send it again (with the same Idempotency-Key)");
    }
}
