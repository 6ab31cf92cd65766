package com.baobei.e2e;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Registered.ChannelKind;
import com.baobei.demo.month.Agreement;
import com.baobei.demo.month.Channel;
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
 * What the erasure and the trace suites' months start from: a tenant of their own with one channel (alpha, one agent),
 * one project with one consultant on duty on each of the four days and a one-tier agreement, and one buyer whom the
 * channel registers, brings to visit the same day and who buys the next. The builder is left open for more steps.
 */
record OneBuyerMonth(MonthBuilder builder, Person buyer, Step.Register registered, Step.Subscribe purchased) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static OneBuyerMonth of(long seed, LocalDate firstDay, Tenant tenant, String project, String projectName) {
        MonthBuilder b = new MonthBuilder(seed, firstDay, 4, ZONE);
        b.tenant(tenant);
        b.channel(new Channel("alpha", "甲渠道", ChannelKind.AGENCY,
                List.of(new Channel.Agent("alpha-01", "王伟"))));
        String consultant = project + "-c01";
        b.project(new Project(tenant.id(), project, projectName, new Policy(firstDay, "SAME_DAY", null, null, 30, 7),
                List.of(consultant), project + "-sm", project + "-mkt", List.of("alpha")));
        b.agreement(new Agreement(tenant.id(), project, "alpha", firstDay, firstDay.plusDays(3), "DEAL_COUNT",
                "RETROACTIVE", "SUBSCRIPTION", List.of(new Agreement.Tier(BigDecimal.ONE, new BigDecimal("1.0")))));
        for (int day = 0; day < 4; day++) {
            b.rotation(project, day, List.of(consultant));
        }
        Person buyer = b.person();
        Step.Register registered = b.register(project, "alpha", "alpha-01", buyer, b.at(0, 10, 0));
        b.broughtVisit(registered, b.at(0, 14, 0), consultant, b.signed(registered, consultant));
        Step.Subscribe purchased = b.subscribe(project, "1-0101", UnitType.RESIDENTIAL, new BigDecimal("3000000"),
                buyer, consultant, null, b.at(1, 15, 0));
        return new OneBuyerMonth(b, buyer, registered, purchased);
    }
}
