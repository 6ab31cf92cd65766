package com.baobei.e2e;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Registered.ChannelKind;
import com.baobei.demo.month.Agreement;
import com.baobei.demo.month.Channel;
import com.baobei.demo.month.Month;
import com.baobei.demo.month.MonthBuilder;
import com.baobei.demo.month.Person;
import com.baobei.demo.month.Policy;
import com.baobei.demo.month.Project;
import com.baobei.demo.month.Step;
import com.baobei.demo.month.Tenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@link ErasureEndToEndIT}'s month, in a tenant of its own on the {@link SharedPlatform}: a channel registers a
 * client, who visits and buys; that buyer's number is the one erased. Written once here because the shared platform's
 * identity provider needs its people before the suite runs.
 */
record ErasureMonth(Month month, Person buyer, Step.Register registered, Step.Subscribe purchased) {

    static final String TENANT = "erasure";
    static final String PROJECT = "erase-one";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static ErasureMonth of(LocalDate firstDay) {
        MonthBuilder b = new MonthBuilder(33, firstDay, 4, ZONE);
        b.tenant(new Tenant(TENANT, "删除置业"));
        b.channel(new Channel("alpha", "甲渠道", ChannelKind.AGENCY, List.of(new Channel.Agent("alpha-01", "王伟"))));
        String consultant = PROJECT + "-c01";
        b.project(new Project(TENANT, PROJECT, "删除·一期", new Policy(firstDay, "SAME_DAY", null, null, 30, 7),
                List.of(consultant), PROJECT + "-sm", PROJECT + "-mkt", List.of("alpha")));
        b.agreement(new Agreement(TENANT, PROJECT, "alpha", firstDay, firstDay.plusDays(3), "DEAL_COUNT",
                "RETROACTIVE", "SUBSCRIPTION", List.of(new Agreement.Tier(BigDecimal.ONE, new BigDecimal("1.0")))));
        for (int day = 0; day < 4; day++) {
            b.rotation(PROJECT, day, List.of(consultant));
        }
        Person buyer = b.person();
        Step.Register registered = b.register(PROJECT, "alpha", "alpha-01", buyer, b.at(0, 10, 0));
        b.broughtVisit(registered, b.at(0, 14, 0), consultant, b.signed(registered, consultant));
        Step.Subscribe purchased = b.subscribe(PROJECT, "1-0101", UnitType.RESIDENTIAL, new BigDecimal("3000000"),
                buyer, consultant, null, b.at(1, 15, 0));
        return new ErasureMonth(b.build(), buyer, registered, purchased);
    }
}
