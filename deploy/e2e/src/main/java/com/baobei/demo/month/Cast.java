package com.baobei.demo.month;

import com.baobei.contracts.registration.Registered.ChannelKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who is who in the demo month: two developers, three projects with different policies, eight channels of the four
 * kinds, and an agreement per channel and project.
 */
final class Cast {

    static final String HUAJING = "huajing";
    static final String QINGHE = "qinghe";
    /** Same-day registration validity, 30-day protection (the rulebook's defaults). */
    static final String BINJIANG = "hj-binjiang";
    /** 3-day validity, 7-day protection. */
    static final String YUNTING = "hj-yunting";
    /** Pre-launch: valid until opening + 30 days. */
    static final String HUPAN = "qh-hupan";
    /** The pre-launch project opens on this day of the month. */
    static final int HUPAN_OPENING_DAY = 20;

    private Cast() {
    }

    static void write(MonthBuilder b, LocalDate firstDay) {
        b.tenant(new Tenant(HUAJING, "华景置业"));
        b.tenant(new Tenant(QINGHE, "青禾地产"));

        b.channel(channel("jiayuan", "家园房产", ChannelKind.AGENCY, "孙志强", "周晓燕", "吴俊杰"));
        b.channel(channel("anju", "安居置业代理", ChannelKind.AGENCY, "郑海涛", "冯丽华"));
        b.channel(channel("hengtong", "恒通分销", ChannelKind.AGENCY, "何建国", "罗欣怡", "梁文博"));
        b.channel(channel("xinfang", "鑫房联行", ChannelKind.AGENCY, "谢思远", "宋嘉怡"));
        b.channel(channel("lejia", "乐家二手房", ChannelKind.BROKER, "唐晓东", "许春梅", "韩俊杰"));
        b.channel(channel("huajing-own", "华景自有渠道", ChannelKind.OWN_CHANNEL, "冯建华", "邓雪梅"));
        b.channel(channel("qinghe-own", "青禾自有渠道", ChannelKind.OWN_CHANNEL, "曹海燕", "彭志强"));
        b.channel(channel("laodaixin", "老带新（业主推荐）", ChannelKind.REFERRAL, "曾国庆", "田丽"));

        LocalDate opening = firstDay.plusDays(HUPAN_OPENING_DAY);
        b.project(new Project(HUAJING, BINJIANG, "华景·滨江府",
                // 大拇指广场's document is the rulebook's defaults: same day, 30-day protection, renewal in the last 7
                new Policy(firstDay, "damuzhi-plaza", "SAME_DAY", null, null, 30, 7, Map.of()),
                consultants("hj-bj", 4), "hj-bj-sm", "hj-mkt",
                List.of("jiayuan", "anju", "hengtong", "lejia", "huajing-own", "laodaixin")));
        b.project(new Project(HUAJING, YUNTING, "华景·云庭",
                // the 判客 system's 7-day protection, its registrations kept 3 days and renewable in the last 3
                new Policy(firstDay, "panke-system", "DAYS", 3, null, 7, 3, Map.of()),
                consultants("hj-yt", 3), "hj-yt-sm", "hj-mkt",
                List.of("jiayuan", "xinfang", "lejia", "huajing-own")));
        b.project(new Project(QINGHE, HUPAN, "青禾·湖畔里",
                // 自有渠道's pre-launch validity, with a 30-day protection (not the whole sales period), renewals, natural
                // visits protected 30 days and referrals, which the month's script plays
                new Policy(firstDay, "own-channel-online", "UNTIL_OPENING_PLUS_DAYS", 30, opening, 30, 7,
                        Map.of("naturalProtectionDays", 30, "referralDays", 30)),
                consultants("qh-hp", 4), "qh-hp-sm", "qh-mkt",
                List.of("anju", "hengtong", "xinfang", "qinghe-own")));

        LocalDate firstPeriodEnd = firstDay.plusDays(b.days() - 1L);
        for (String projectId : List.of(BINJIANG, YUNTING, HUPAN)) {
            Project project = b.project(projectId);
            for (String channelId : project.channelIds()) {
                b.agreement(agreement(project, b.channel(channelId), firstDay, firstPeriodEnd));
            }
        }
    }

    /** Agencies: retroactive tiers by deal count; the broker: marginal by amount; own and referral channels: flat. */
    private static Agreement agreement(Project project, Channel channel, LocalDate from, LocalDate firstPeriodEnd) {
        String trigger = project.id().equals(HUPAN) ? "CONTRACT" : "SUBSCRIPTION";
        return switch (channel.kind()) {
            case AGENCY -> new Agreement(project.tenantId(), project.id(), channel.id(), from, firstPeriodEnd,
                    "DEAL_COUNT", "RETROACTIVE", trigger,
                    List.of(tier("1", "1.0"), tier("3", "1.3"), tier("6", "1.6")));
            case BROKER -> new Agreement(project.tenantId(), project.id(), channel.id(), from, firstPeriodEnd,
                    "DEAL_AMOUNT", "MARGINAL", trigger,
                    List.of(tier("0", "0.8"), tier("10000000", "1.1")));
            case OWN_CHANNEL -> new Agreement(project.tenantId(), project.id(), channel.id(), from, firstPeriodEnd,
                    "DEAL_COUNT", "RETROACTIVE", trigger, List.of(tier("1", "0.5")));
            case REFERRAL -> new Agreement(project.tenantId(), project.id(), channel.id(), from, firstPeriodEnd,
                    "DEAL_COUNT", "RETROACTIVE", trigger, List.of(tier("1", "0.3")));
        };
    }

    private static Agreement.Tier tier(String from, String rate) {
        return new Agreement.Tier(new BigDecimal(from), new BigDecimal(rate));
    }

    private static Channel channel(String id, String name, ChannelKind kind, String... agentNames) {
        List<Channel.Agent> agents = new ArrayList<>();
        for (int i = 0; i < agentNames.length; i++) {
            agents.add(new Channel.Agent(id + "-" + String.format("%02d", i + 1), agentNames[i]));
        }
        return new Channel(id, name, kind, agents);
    }

    private static List<String> consultants(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(prefix + "-c" + String.format("%02d", i));
        }
        return ids;
    }
}
