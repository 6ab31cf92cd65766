package com.baobei.commission.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A statement's id is readable and needs no lookup: {@code <tenantId>:<projectId>:<channelId>:<period start>},
 * e.g. {@code hongtai:P1:CH7:2024-03-01}. Project and channel ids are unique only inside a tenant (two developers may
 * both have project P1 and channel CH7), so the tenant is part of the id: an id names one statement of one developer.
 * Tenant and project ids contain no ':' (they make up a project key); a channel id may.
 */
public record StatementId(String tenantId, String projectId, String channelId, LocalDate periodStart) {

    public static String of(String tenantId, String projectId, String channelId, LocalDate periodStart) {
        return tenantId + ":" + projectId + ":" + channelId + ":" + periodStart;
    }

    public static Optional<StatementId> parse(String id) {
        int first = id.indexOf(':');
        int second = first < 0 ? -1 : id.indexOf(':', first + 1);
        int last = id.lastIndexOf(':');
        if (first <= 0 || second <= first + 1 || last <= second + 1 || last == id.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StatementId(id.substring(0, first), id.substring(first + 1, second),
                    id.substring(second + 1, last), LocalDate.parse(id.substring(last + 1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return of(tenantId, projectId, channelId, periodStart);
    }
}
