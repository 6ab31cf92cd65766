package com.baobei.commission.web;

import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.InvalidRequestException;
import java.util.List;
import java.util.Locale;

/**
 * Who is asking, from the {@code X-Actor} and {@code X-Role} headers (set by the gateway that
 * authenticated the person). Writes need an actor, for the record; only FINANCE issues statements.
 */
public record Caller(String actor, String role) {

    public static final String ACTOR = "X-Actor";
    public static final String ROLE = "X-Role";
    public static final String FINANCE = "FINANCE";

    public static Caller of(String actor, String role) {
        return new Caller(actor == null || actor.isBlank() ? null : actor.trim(),
                role == null || role.isBlank() ? null : role.trim().toUpperCase(Locale.ROOT));
    }

    public String requireActor() {
        if (actor == null) {
            throw new InvalidRequestException(List.of(new Problem(ACTOR, "header required: who is making this change")));
        }
        return actor;
    }

    public void requireFinance(String what) {
        if (!FINANCE.equals(role)) {
            throw new ForbiddenException("only role FINANCE may " + what + "; " + ROLE + " is "
                    + (role == null ? "missing" : role));
        }
    }

    /** 403. */
    public static class ForbiddenException extends RuntimeException {
        public ForbiddenException(String message) {
            super(message);
        }
    }
}
