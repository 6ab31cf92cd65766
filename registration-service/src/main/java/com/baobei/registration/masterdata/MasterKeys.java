package com.baobei.registration.masterdata;

import com.baobei.contracts.masterdata.MasterDataKeys;
import com.baobei.contracts.masterdata.MasterDataKeys.Kind;

/** Kind, id and key of an entity, as the topic and the stores write them ({@link MasterDataKeys}). */
public final class MasterKeys {

    private MasterKeys() {
    }

    public static Kind kind(MasterEntity entity) {
        if (entity instanceof TenantProfile) {
            return Kind.TENANT;
        } else if (entity instanceof Project) {
            return Kind.PROJECT;
        } else if (entity instanceof Channel) {
            return Kind.CHANNEL;
        } else if (entity instanceof Agent) {
            return Kind.AGENT;
        }
        return Kind.CONSULTANT;
    }

    /** The id within the tenant and kind: agents and consultants are only unique within their channel or project. */
    public static String id(String tenantId, MasterEntity entity) {
        if (entity instanceof Project p) {
            return p.projectId();
        } else if (entity instanceof Channel c) {
            return c.channelId();
        } else if (entity instanceof Agent a) {
            return MasterDataKeys.agentId(a.channelId(), a.agentId());
        } else if (entity instanceof Consultant c) {
            return MasterDataKeys.consultantId(c.projectId(), c.consultantId());
        }
        return tenantId;
    }

    /** The channel of an agent, the project of a consultant; null for the others. */
    public static String parent(MasterEntity entity) {
        if (entity instanceof Agent a) {
            return a.channelId();
        } else if (entity instanceof Consultant c) {
            return c.projectId();
        }
        return null;
    }

    /** {@code tenant:kind:id}: the aggregate's identifier and the record key on the topic. */
    public static String key(String tenantId, MasterEntity entity) {
        return MasterDataKeys.key(tenantId, kind(entity), id(tenantId, entity));
    }
}
