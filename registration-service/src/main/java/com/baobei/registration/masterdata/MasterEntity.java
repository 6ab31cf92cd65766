package com.baobei.registration.masterdata;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The whole current state of one master-data entity of a tenant. Stored inside {@link MasterDataDefined}, so the
 * type name is written with it; the names are part of the stored shape (ADR 0003 §5) and never change.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TenantProfile.class, name = "tenant"),
        @JsonSubTypes.Type(value = Project.class, name = "project"),
        @JsonSubTypes.Type(value = Channel.class, name = "channel"),
        @JsonSubTypes.Type(value = Agent.class, name = "agent"),
        @JsonSubTypes.Type(value = Consultant.class, name = "consultant")})
public sealed interface MasterEntity permits TenantProfile, Project, Channel, Agent, Consultant {

    String name();

    boolean active();
}
