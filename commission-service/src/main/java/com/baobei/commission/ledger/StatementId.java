package com.baobei.commission.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A statement's id is readable and needs no lookup: {@code <projectId>:<channelId>:<period start>},
 * e.g. {@code P1:CH7:2024-03-01}. Project ids contain no ':' (they are the second half of a project key).
 */
public record StatementId(String projectId, String channelId, LocalDate periodStart) {

    public static String of(String projectId, String channelId, LocalDate periodStart) {
        return projectId + ":" + channelId + ":" + periodStart;
    }

    public static Optional<StatementId> parse(String id) {
        int first = id.indexOf(':');
        int last = id.lastIndexOf(':');
        if (first <= 0 || last <= first + 1 || last == id.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StatementId(id.substring(0, first), id.substring(first + 1, last),
                    LocalDate.parse(id.substring(last + 1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return of(projectId, channelId, periodStart);
    }
}
