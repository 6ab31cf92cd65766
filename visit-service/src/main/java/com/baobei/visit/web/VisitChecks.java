package com.baobei.visit.web;

import com.baobei.contracts.visit.Visited.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a visit needs by kind, beyond the shape of each field; every problem names its field. */
final class VisitChecks {

    private VisitChecks() {
    }

    static List<FieldProblem> problems(VisitRequest r, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        BusinessTimes.check("visitedAt", r.visitedAt(), now, problems);
        if (r.kind() == null) {
            return problems;
        }
        if (r.kind() == Kind.NON_CLIENT) {
            requireAbsentForNonClient(r, problems);
        } else {
            clientVisit(r, problems);
        }
        if (r.kind() == Kind.COMPANION && r.accompaniedVisitId() == null) {
            problems.add(new FieldProblem("accompaniedVisitId", "VIS-3: a companion names the visit they came with"));
        }
        if (r.kind() != Kind.COMPANION && r.accompaniedVisitId() != null) {
            problems.add(new FieldProblem("accompaniedVisitId", "VIS-3: only for kind COMPANION"));
        }
        if (r.channelId() != null && (r.registrationId() == null || r.kind() != Kind.CLIENT)) {
            problems.add(new FieldProblem("channelId",
                    "ROT-4: only for a channel-brought CLIENT visit, with the registration (registrationId)"));
        }
        form(r, problems);
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
    }

    private static void clientVisit(VisitRequest r, List<FieldProblem> problems) {
        if (r.clientSurname() == null || r.clientSurname().isBlank()) {
            problems.add(new FieldProblem("clientSurname", "ID-1: a client visit needs the client's surname"));
        }
        if (r.clientPhone() == null) {
            problems.add(new FieldProblem("clientPhone", "ID-2: a client visit needs the client's full number"));
        }
        if (r.nonClientReason() != null) {
            problems.add(new FieldProblem("nonClientReason", "VIS-8: only for kind NON_CLIENT"));
        }
        if (r.kind() == Kind.CLIENT && r.registrationId() != null && r.consultantId() == null && r.channelId() == null) {
            problems.add(new FieldProblem("consultantId", "a channel-brought visit names its consultant, or its "
                    + "channel (channelId) for the project's routing to choose one (ROT-4)"));
        }
        if (r.referrerPhone() != null && r.referrerPhone().equals(r.clientPhone())) {
            problems.add(new FieldProblem("referrerPhone", "PUR-6: a client does not refer themselves"));
        }
    }

    private static void requireAbsentForNonClient(VisitRequest r, List<FieldProblem> problems) {
        if (r.nonClientReason() == null) {
            problems.add(new FieldProblem("nonClientReason", "VIS-8: a non-client visit says why they came"));
        }
        String notAClient = "VIS-8: not for kind NON_CLIENT (not a client)";
        if (r.clientSurname() != null) {
            problems.add(new FieldProblem("clientSurname", notAClient));
        }
        if (r.clientPhone() != null) {
            problems.add(new FieldProblem("clientPhone", notAClient));
        }
        if (r.registrationId() != null) {
            problems.add(new FieldProblem("registrationId", notAClient));
        }
        if (r.referrerPhone() != null) {
            problems.add(new FieldProblem("referrerPhone", notAClient));
        }
        if (Boolean.TRUE.equals(r.insider())) {
            problems.add(new FieldProblem("insider", notAClient));
        }
    }

    private static void form(VisitRequest r, List<FieldProblem> problems) {
        VisitRequest.FormRequest form = r.form();
        if (form == null) {
            return;
        }
        if (r.registrationId() == null) {
            problems.add(new FieldProblem("form", "VIS-1: the visit form names a registration (registrationId)"));
        }
        formReason(form.isInvalid(), form.invalidReason(), "form.", problems);
    }

    /** VIS-1: invalid needs a reason; a reason only for invalid. */
    static void formReason(boolean invalid, String reason, String prefix, List<FieldProblem> problems) {
        if (invalid && reason == null) {
            problems.add(new FieldProblem(prefix + "invalidReason", "VIS-1: marking a form invalid needs a reason"));
        }
        if (!invalid && reason != null) {
            problems.add(new FieldProblem(prefix + "invalidReason", "VIS-1: a reason only for an invalid form"));
        }
    }
}
