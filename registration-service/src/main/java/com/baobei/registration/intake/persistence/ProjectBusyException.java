package com.baobei.registration.intake.persistence;

/**
 * Registrations into one project queued longer than the service waits, or queued while it stops (ADR 0036): nothing
 * was stored, the request is to be sent again.
 */
public class ProjectBusyException extends RuntimeException {

    public ProjectBusyException(String project, java.time.Duration waited) {
        super("registrations into project " + project + " are queued longer than " + waited.toSeconds()
                + " s; send it again (with the same Idempotency-Key)");
    }

    private ProjectBusyException(String message) {
        super(message);
    }

    /** The service is stopping: its writers take no more registrations. */
    static ProjectBusyException stopping(String project) {
        return new ProjectBusyException("the service is stopping and stored nothing of this registration into project "
                + project + "; send it again (with the same Idempotency-Key)");
    }
}
