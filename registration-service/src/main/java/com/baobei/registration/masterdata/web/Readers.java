package com.baobei.registration.masterdata.web;

import static com.baobei.security.Role.CHANNEL_AGENT;
import static com.baobei.security.Role.CHANNEL_MANAGER;
import static com.baobei.security.Role.CONSULTANT;
import static com.baobei.security.Role.MARKETING_MANAGER;
import static com.baobei.security.Role.SITE_MANAGER;
import static com.baobei.security.Role.TENANT_ADMIN;

import com.baobei.security.Caller;
import com.baobei.security.Role;

/**
 * Who reads master data (docs/security.md): the tenant admin and the office (consultants and site managers at their
 * projects, marketing managers everywhere); channel people their own channel, its agents and the projects it works
 * at. Only the tenant admin writes.
 */
final class Readers {

    static final Role[] OFFICE = {TENANT_ADMIN, CONSULTANT, SITE_MANAGER, MARKETING_MANAGER};
    static final Role[] CHANNEL = {CHANNEL_AGENT, CHANNEL_MANAGER};

    private Readers() {
    }

    static boolean office(Caller caller) {
        return caller.hasAny(OFFICE);
    }

    /** Office people, or channel people when {@code channelsToo}; anyone else is 403. */
    static void require(Caller caller, boolean channelsToo) {
        if (channelsToo && caller.hasAny(CHANNEL)) {
            return;
        }
        caller.require(OFFICE);
    }

    static void requireWriter(Caller caller) {
        caller.require(TENANT_ADMIN);
    }
}
