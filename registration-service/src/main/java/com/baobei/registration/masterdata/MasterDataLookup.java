package com.baobei.registration.masterdata;

import com.baobei.contracts.masterdata.MasterDataKeys;
import com.baobei.contracts.masterdata.MasterDataKeys.Kind;
import java.util.Optional;

/** Reads the current master data of a tenant (the service's own tables). */
public interface MasterDataLookup {

    Optional<MasterEntity> find(String tenantId, Kind kind, String id);

    /**
     * A lookup that has read the four rows a single registration's gate asks for (tenant, project, channel, agent);
     * a store that can read them in one round trip instead of four does so (ADR 0034). By default: this lookup.
     */
    default MasterDataLookup forRegistration(String tenantId, String projectId, String channelId, String agentId) {
        return this;
    }

    default Optional<TenantProfile> tenant(String tenantId) {
        return find(tenantId, Kind.TENANT, tenantId).map(TenantProfile.class::cast);
    }

    default Optional<Project> project(String tenantId, String projectId) {
        return find(tenantId, Kind.PROJECT, projectId).map(Project.class::cast);
    }

    default Optional<Channel> channel(String tenantId, String channelId) {
        return find(tenantId, Kind.CHANNEL, channelId).map(Channel.class::cast);
    }

    default Optional<Agent> agent(String tenantId, String channelId, String agentId) {
        return find(tenantId, Kind.AGENT, MasterDataKeys.agentId(channelId, agentId)).map(Agent.class::cast);
    }

    default Optional<Consultant> consultant(String tenantId, String projectId, String consultantId) {
        return find(tenantId, Kind.CONSULTANT, MasterDataKeys.consultantId(projectId, consultantId))
                .map(Consultant.class::cast);
    }
}
