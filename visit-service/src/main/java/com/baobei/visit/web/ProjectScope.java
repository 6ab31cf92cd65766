package com.baobei.visit.web;

import com.baobei.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What the project-scoped desk endpoints (call rota, calls, routing) check first, as the rotation's do. */
final class ProjectScope {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(Patterns.ID);

    private ProjectScope() {
    }

    /** The caller's tenant (a tenantId naming another is 403), after the project's shape and the caller's access. */
    static String tenant(Caller caller, String tenantId, String projectId) {
        if (projectId.length() > 64 || !ID.matcher(projectId).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem("projectId", Patterns.ID_MESSAGE)));
        }
        String tenant = caller.requireTenant(tenantId);
        Access.atProject(caller, projectId);
        return tenant;
    }

    /** A working day within {@link BusinessTimes#OLDEST} of today: further is a typing mistake (400, not 500). */
    static void requireDay(Clock clock, LocalDate date) {
        long days = Math.abs(ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), date));
        if (days > BusinessTimes.OLDEST.toDays()) {
            throw new InvalidRequestException(List.of(new FieldProblem("date",
                    "a day within " + BusinessTimes.OLDEST.toDays() + " days of today")));
        }
    }
}
