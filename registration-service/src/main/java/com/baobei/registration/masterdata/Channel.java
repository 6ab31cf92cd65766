package com.baobei.registration.masterdata;

import com.baobei.contracts.registration.Registered.ChannelKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A channel (渠道) of the tenant: its kind, its cooperation agreement (open ends when a day is absent), and the
 * projects it works at (empty: every project).
 */
public record Channel(String channelId, String name, ChannelKind kind, LocalDate agreementFrom, LocalDate agreementTo,
                      List<String> projectIds, boolean active) implements MasterEntity {

    public Channel {
        // nulls are kept for the rules to name (a body may say [null]); List.copyOf would throw instead
        projectIds = projectIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(projectIds));
    }

    public boolean worksAt(String projectId) {
        return projectIds.isEmpty() || projectIds.contains(projectId);
    }

    /** Whether the agreement covers this day of the project's calendar. */
    public boolean agreementCovers(LocalDate day) {
        return (agreementFrom == null || !day.isBefore(agreementFrom)) && (agreementTo == null || !day.isAfter(agreementTo));
    }
}
