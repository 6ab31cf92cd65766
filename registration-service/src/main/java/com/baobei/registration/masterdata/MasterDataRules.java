package com.baobei.registration.masterdata;

import com.baobei.contracts.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one entity must satisfy on its own, whoever writes it (API, CSV import, the aggregate): ids the keys can
 * carry, a name, periods that do not end before they start, a project that sells something. The same list of
 * problems serves the API's 400 and an import's row problems, so both refuse exactly the same.
 */
public final class MasterDataRules {

    /** Ids become parts of keys ({@code tenant:kind:id}): no ':' and nothing a key could not carry. */
    public static final Pattern ID = com.baobei.contracts.masterdata.MasterDataKeys.ID;
    public static final String ID_MESSAGE = "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
    public static final int NAME_MAX = 100;

    /** A channel works at many projects, but not at thousands: the list is published whole in every change. */
    public static final int PROJECTS_MAX = 500;
    /** Days a developer's calendar can hold; a year like 999999999 is readable JSON but no day (nor storable). */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DAY = LocalDate.of(2199, 12, 31);

    static final String FULL_PHONE_IN_ID = "an id is never a phone number (ID-4)";
    static final String FULL_PHONE_IN_TEXT = "no phone numbers in master data (ID-4)";

    private MasterDataRules() {
    }

    public static List<Problem> problems(MasterEntity entity) {
        List<Problem> problems = new ArrayList<>();
        name(entity.name(), "name", true, problems);
        if (entity instanceof Project p) {
            id(p.projectId(), "projectId", problems);
            name(p.salesOffice(), "salesOffice", false, problems);
            if (p.unitTypes().isEmpty()) {
                problems.add(new Problem("unitTypes", "a project sells at least one unit type"));
            } else if (p.unitTypes().stream().anyMatch(Objects::isNull)) {
                problems.add(new Problem("unitTypes", "RESIDENTIAL, COMMERCIAL, OFFICE, PARKING or STORAGE"));
            } else if (new HashSet<>(p.unitTypes()).size() < p.unitTypes().size()) {
                problems.add(new Problem("unitTypes", "each unit type once"));
            }
            day(p.openingDate(), "openingDate", problems);
            day(p.salesFrom(), "salesFrom", problems);
            day(p.salesTo(), "salesTo", problems);
            period(p.salesFrom(), p.salesTo(), "salesTo", "the sales period ends before it starts", problems);
        } else if (entity instanceof Channel c) {
            id(c.channelId(), "channelId", problems);
            if (c.kind() == null) {
                problems.add(new Problem("kind", "AGENCY, BROKER, OWN_CHANNEL or REFERRAL"));
            }
            day(c.agreementFrom(), "agreementFrom", problems);
            day(c.agreementTo(), "agreementTo", problems);
            period(c.agreementFrom(), c.agreementTo(), "agreementTo", "the agreement ends before it starts", problems);
            if (c.projectIds().size() > PROJECTS_MAX) {
                problems.add(new Problem("projectIds", "at most " + PROJECTS_MAX + " projects"));
                return problems;
            }
            for (int i = 0; i < c.projectIds().size(); i++) {
                id(c.projectIds().get(i), "projectIds[" + i + "]", problems);
            }
            if (new HashSet<>(c.projectIds()).size() < c.projectIds().size()) {
                problems.add(new Problem("projectIds", "each project once"));
            }
        } else if (entity instanceof Agent a) {
            id(a.channelId(), "channelId", problems);
            id(a.agentId(), "agentId", problems);
        } else if (entity instanceof Consultant c) {
            id(c.projectId(), "projectId", problems);
            id(c.consultantId(), "consultantId", problems);
            if (c.supervisorId() != null) {
                id(c.supervisorId(), "supervisorId", problems);
                if (c.supervisorId().equals(c.consultantId())) {
                    problems.add(new Problem("supervisorId", "a consultant is not their own supervisor"));
                }
            }
            if (c.agencyId() != null) {
                id(c.agencyId(), "agencyId", problems);
            }
        }
        return problems;
    }

    /** The problem of one id, or none. */
    public static void id(String value, String field, List<Problem> problems) {
        if (value == null || !ID.matcher(value).matches()) {
            problems.add(new Problem(field, ID_MESSAGE));
        } else if (Texts.holdsFullPhone(value)) {
            problems.add(new Problem(field, FULL_PHONE_IN_ID));
        }
    }

    private static void name(String value, String field, boolean required, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, "required"));
            }
        } else if (value.length() > NAME_MAX) {
            problems.add(new Problem(field, "at most " + NAME_MAX + " characters"));
        } else if (Texts.refusedCharacterAt(value, false) >= 0) {
            problems.add(new Problem(field, "no control or direction characters"));
        } else if (Texts.holdsFullPhone(value)) {
            problems.add(new Problem(field, FULL_PHONE_IN_TEXT));
        }
    }

    /**
     * Whether every problem is a full phone number in otherwise well-formed master data (ID-4): the answer is then
     * 422, as for registrations, rather than 400.
     */
    public static boolean onlyFullPhones(List<Problem> problems) {
        return !problems.isEmpty() && problems.stream()
                .allMatch(p -> p.message().equals(FULL_PHONE_IN_ID) || p.message().equals(FULL_PHONE_IN_TEXT));
    }

    private static void day(LocalDate day, String field, List<Problem> problems) {
        if (day != null && (day.isBefore(EARLIEST_DAY) || day.isAfter(LATEST_DAY))) {
            problems.add(new Problem(field, "a day between " + EARLIEST_DAY + " and " + LATEST_DAY));
        }
    }

    private static void period(LocalDate from, LocalDate to, String field, String message, List<Problem> problems) {
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new Problem(field, message));
        }
    }
}
