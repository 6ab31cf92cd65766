package com.baobei.contracts.masterdata;

/**
 * {@code masterdata.AgentChanged.v1}: one agent (经纪人) of a channel as it now stands; agent ids are unique within
 * their channel. A tenant-wide fact, so the envelope has no {@code projectId}.
 */
public record AgentChanged(String channelId, String agentId, String name, boolean active) implements MasterDataChanged {
}
