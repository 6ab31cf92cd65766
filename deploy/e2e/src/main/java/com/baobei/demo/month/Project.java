package com.baobei.demo.month;

import java.util.List;

/**
 * One development and its sales office: policy, the consultants of the rotation, the site manager and the
 * marketing manager who rule disputes, and the channels that work it.
 */
public record Project(String tenantId, String id, String name, Policy policy, List<String> consultants,
                      String siteManager, String marketingManager, List<String> channelIds) {

    public Project {
        consultants = List.copyOf(consultants);
        channelIds = List.copyOf(channelIds);
    }
}
