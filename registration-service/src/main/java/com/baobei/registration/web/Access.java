package com.baobei.registration.web;

import static com.baobei.security.Role.CHANNEL_AGENT;
import static com.baobei.security.Role.CHANNEL_MANAGER;
import static com.baobei.security.Role.CONSULTANT;
import static com.baobei.security.Role.MARKETING_MANAGER;
import static com.baobei.security.Role.SITE_MANAGER;
import static com.baobei.security.Role.TENANT_ADMIN;

import com.baobei.registration.view.RegistrationView;
import com.baobei.security.Caller;
import com.baobei.security.Forbidden;
import com.baobei.security.Role;
import java.util.Objects;

/**
 * The registration rows of docs/security.md. Scope is decided by the widest role the token has: the whole tenant
 * (TENANT_ADMIN, MARKETING_MANAGER), the token's projects (CONSULTANT, SITE_MANAGER), else the caller's own channel
 * (CHANNEL_MANAGER) or own registrations (CHANNEL_AGENT). FINANCE and PARTNER read nothing here.
 */
final class Access {

    private Access() {
    }

    static boolean wholeTenant(Caller caller) {
        return caller.hasAny(TENANT_ADMIN, MARKETING_MANAGER);
    }

    static boolean office(Caller caller) {
        return caller.hasAny(CONSULTANT, SITE_MANAGER);
    }

    /** Whether the caller may see this registration of their own tenant. */
    static boolean sees(Caller caller, RegistrationView registration) {
        if (wholeTenant(caller)) {
            return true;
        }
        if (office(caller)) {
            return caller.worksAt(registration.getProjectId());
        }
        return ownChannels(caller, registration.getChannelId(), registration.getAgentId());
    }

    /** A channel manager: everything of their channel; a channel agent: only what they did themselves. */
    static boolean ownChannels(Caller caller, String channelId, String agentId) {
        if (caller.channel() == null || !caller.channel().equals(channelId)) {
            return false;
        }
        return caller.has(CHANNEL_MANAGER) || (caller.has(CHANNEL_AGENT) && Objects.equals(caller.agent(), agentId));
    }

    /** A body that must name the caller themselves: the token's tenant, channel and agent, else 403. */
    static void requireSelf(Caller caller, String tenantId, String channelId, String agentId) {
        requireOwnChannel(caller, tenantId, channelId);
        if (caller.agent() == null || !caller.agent().equals(agentId)) {
            throw new Forbidden("agentId " + agentId + " is not you (" + caller.agent() + ")");
        }
    }

    /** A body that must name the token's tenant and the caller's channel, else 403. */
    static void requireOwnChannel(Caller caller, String tenantId, String channelId) {
        caller.requireTenant(tenantId);
        if (caller.channel() == null || !caller.channel().equals(channelId)) {
            throw new Forbidden("channelId " + channelId + " is not your channel (" + caller.channel() + ")");
        }
    }
}
