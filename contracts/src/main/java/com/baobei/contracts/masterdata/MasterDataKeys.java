package com.baobei.contracts.masterdata;

import com.baobei.contracts.EventEnvelope;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The record key of the master-data topic, {@code tenant:kind:id}: one key per entity, so compaction keeps the
 * latest state of each. Ids of agents and consultants are only unique within their channel or project, so their id
 * in the key is {@code channel:agent} and {@code project:consultant}; no id contains a ':' (ids are
 * {@code [A-Za-z0-9][A-Za-z0-9._-]*}), so a key never reads two ways.
 */
public final class MasterDataKeys {

    /** What an office may name a tenant, project, channel, agent or consultant: the one definition of an id. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The kinds of master data, as written in keys and in the readers' local copies. */
    public enum Kind {
        TENANT, PROJECT, CHANNEL, AGENT, CONSULTANT;

        /** Lower case, as in keys: {@code project}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The record that carries this kind's state on the topic. */
        public Class<? extends MasterDataChanged> dataClass() {
            return switch (this) {
                case TENANT -> TenantChanged.class;
                case PROJECT -> ProjectChanged.class;
                case CHANNEL -> ChannelChanged.class;
                case AGENT -> AgentChanged.class;
                case CONSULTANT -> ConsultantChanged.class;
            };
        }
    }

    private MasterDataKeys() {
    }

    public static Kind kind(MasterDataChanged data) {
        if (data instanceof TenantChanged) {
            return Kind.TENANT;
        } else if (data instanceof ProjectChanged) {
            return Kind.PROJECT;
        } else if (data instanceof ChannelChanged) {
            return Kind.CHANNEL;
        } else if (data instanceof AgentChanged) {
            return Kind.AGENT;
        }
        return Kind.CONSULTANT;
    }

    /** The entity's id within its tenant and kind. */
    public static String id(EventEnvelope envelope) {
        if (envelope.data() instanceof TenantChanged) {
            return envelope.tenantId();
        } else if (envelope.data() instanceof ProjectChanged) {
            return envelope.projectId();
        } else if (envelope.data() instanceof ChannelChanged channel) {
            return channel.channelId();
        } else if (envelope.data() instanceof AgentChanged agent) {
            return agentId(agent.channelId(), agent.agentId());
        } else if (envelope.data() instanceof ConsultantChanged consultant) {
            return consultantId(envelope.projectId(), consultant.consultantId());
        }
        throw new IllegalArgumentException("not master data: " + envelope.eventType());
    }

    /** {@code tenant:kind:id} of a master-data envelope. */
    public static String key(EventEnvelope envelope) {
        return key(envelope.tenantId(), kind((MasterDataChanged) envelope.data()), id(envelope));
    }

    public static String key(String tenantId, Kind kind, String id) {
        return tenantId + ":" + kind.key() + ":" + id;
    }

    /** The id of an agent within the tenant: {@code channel:agent}. */
    public static String agentId(String channelId, String agentId) {
        return channelId + ":" + agentId;
    }

    /** The id of a consultant within the tenant: {@code project:consultant}. */
    public static String consultantId(String projectId, String consultantId) {
        return projectId + ":" + consultantId;
    }
}
