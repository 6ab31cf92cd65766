package com.baobei.contracts.masterdata;

import com.baobei.contracts.registration.Registered.ChannelKind;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code masterdata.ChannelChanged.v1}: one channel (渠道) of the tenant as it now stands; a tenant-wide fact, so the
 * envelope has no {@code projectId}.
 *
 * @param kind          what a registration of this channel must say as its {@code channelKind}
 * @param agreementFrom first day of the cooperation agreement (合作), absent when open (e.g. the own channel)
 * @param agreementTo   last day (inclusive) of the agreement, absent when open-ended
 * @param projectIds    the projects it works at; empty means every project of the tenant
 * @param active        an inactive channel registers nothing and gets no new agreements
 */
public record ChannelChanged(
        String channelId,
        String name,
        ChannelKind kind,
        LocalDate agreementFrom,
        LocalDate agreementTo,
        List<String> projectIds,
        boolean active) implements MasterDataChanged {

    public ChannelChanged {
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
    }

    /** Whether the channel works at this project: an empty list means every project. */
    public boolean worksAt(String projectId) {
        return projectIds.isEmpty() || projectIds.contains(projectId);
    }
}
