package com.baobei.registration.masterdata;

/** An agent (经纪人) of a channel; agent ids are unique within their channel only. */
public record Agent(String channelId, String agentId, String name, boolean active) implements MasterEntity {
}
