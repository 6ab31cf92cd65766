package com.baobei.e2e.access;

import com.baobei.contracts.registration.Registered.ChannelKind;
import com.baobei.demo.month.Channel;
import com.baobei.demo.month.Month;
import com.baobei.demo.month.MonthBuilder;
import com.baobei.demo.month.Policy;
import com.baobei.demo.month.Project;
import com.baobei.demo.month.Tenant;
import com.baobei.demo.feed.Users;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Two developers who both have a project called {@code p1} and both work with channels {@code c1} and {@code c2}:
 * the access suite's people. North also has {@code p2}, whose office people must not reach {@code p1}.
 */
public final class AccessCast {

    public static final String NORTH = "north";
    public static final String SOUTH = "south";
    public static final String P1 = "p1";
    public static final String P2 = "p2";
    public static final String C1 = "c1";
    public static final String C2 = "c2";
    public static final String AGENT = "c1-01";
    public static final String OTHER_AGENT = "c2-01";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private AccessCast() {
    }

    /** One month per developer, since a month's project ids are unique. */
    public static List<Month> months() {
        LocalDate first = LocalDate.now(ZONE).minusDays(10);
        return List.of(month(NORTH, "北岸置业", first, true), month(SOUTH, "南岸地产", first, false));
    }

    private static Month month(String tenant, String name, LocalDate first, boolean withP2) {
        MonthBuilder b = new MonthBuilder(7, first, 10, ZONE);
        b.tenant(new Tenant(tenant, name));
        b.channel(new Channel(C1, "一号渠道", ChannelKind.AGENCY,
                List.of(new Channel.Agent(AGENT, "王伟"), new Channel.Agent("c1-02", "李娜"))));
        b.channel(new Channel(C2, "二号渠道", ChannelKind.AGENCY, List.of(new Channel.Agent(OTHER_AGENT, "张强"))));
        b.project(project(tenant, P1, first));
        if (withP2) {
            b.project(project(tenant, P2, first));
        }
        return b.build();
    }

    private static Project project(String tenant, String id, LocalDate first) {
        String prefix = tenant + "-" + id;
        return new Project(tenant, id, tenant + "·" + id, new Policy(first, "SAME_DAY", null, null, 30, 7),
                List.of(prefix + "-c01"), prefix + "-sm", tenant + "-mkt", List.of(C1, C2));
    }

    /** Who logs in for a role of a tenant: channel people of c1 (agent c1-01), office people of p1. */
    public static String user(String role, String tenant) {
        return switch (role) {
            case "CHANNEL_AGENT" -> Users.agent(tenant, AGENT);
            case "CHANNEL_MANAGER" -> Users.channelManager(tenant, C1);
            case "CONSULTANT" -> tenant + "-" + P1 + "-c01";
            case "SITE_MANAGER" -> tenant + "-" + P1 + "-sm";
            case "MARKETING_MANAGER" -> tenant + "-mkt";
            case "FINANCE" -> Users.finance(tenant);
            case "TENANT_ADMIN" -> Users.admin(tenant);
            case "PARTNER" -> Users.partner(tenant);
            default -> throw new IllegalArgumentException(role);
        };
    }

    /** The same role in channel c2 (for channel roles). */
    static String otherChannelUser(String role, String tenant) {
        return role.equals("CHANNEL_AGENT") ? Users.agent(tenant, OTHER_AGENT) : Users.channelManager(tenant, C2);
    }

    /** The same office role at project p2 of north. */
    static String otherProjectUser(String role) {
        return role.equals("CONSULTANT") ? NORTH + "-" + P2 + "-c01" : NORTH + "-" + P2 + "-sm";
    }
}
