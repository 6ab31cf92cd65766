package com.baobei.e2e;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered.ChannelKind;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.Purchased.Relation;
import com.baobei.demo.month.Agreement;
import com.baobei.demo.month.Channel;
import com.baobei.demo.month.HardCase;
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
 * The end-to-end test's fixed scenario: ten days of one project, written so that every outcome can be worked out
 * by hand from the rulebook (the expected values are in {@link MonthEndToEndIT}). The same script under another
 * project id gives the same people and the same story, so two runs can be compared.
 *
 * <p>Channels: alpha (agency, retroactive tiers by count: 1.0 %, from the 2nd deal 1.5 %), beta (agency, flat
 * 2.0 %), gamma (broker, marginal tiers by amount: 1.0 %, above CNY 5,000,000 2.0 %).
 */
final class Script {

    static final String TENANT = "e2e";
    static final int DAYS = 10;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The people of the story, the same in every project built from the same seed. */
    record People(Person c1, Person c2, Person c3, Person c4, Person c5, Person c6, Person c7, Person c8,
                  Person c9, Person c10) {
    }

    final Month month;
    final People people;

    private Script(Month month, People people) {
        this.month = month;
        this.people = people;
    }

    static Script write(String projectId, LocalDate firstDay) {
        MonthBuilder b = new MonthBuilder(42, firstDay, DAYS, ZONE);
        b.tenant(new Tenant(TENANT, "端到端置业"));
        b.channel(new Channel("alpha", "甲渠道", ChannelKind.AGENCY, List.of(new Channel.Agent("alpha-01", "王伟"))));
        b.channel(new Channel("beta", "乙渠道", ChannelKind.AGENCY, List.of(new Channel.Agent("beta-01", "李娜"))));
        b.channel(new Channel("gamma", "丙中介", ChannelKind.BROKER, List.of(new Channel.Agent("gamma-01", "张强"))));
        b.project(new Project(TENANT, projectId, "端到端·一期", new Policy(firstDay, "SAME_DAY", null, null, 30, 7),
                List.of(projectId + "-c01", projectId + "-c02"), projectId + "-sm", projectId + "-mkt",
                List.of("alpha", "beta", "gamma")));
        LocalDate lastDay = firstDay.plusDays(DAYS - 1L);
        b.agreement(new Agreement(TENANT, projectId, "alpha", firstDay, lastDay, "DEAL_COUNT", "RETROACTIVE",
                "SUBSCRIPTION", List.of(tier("1", "1.0"), tier("2", "1.5"))));
        b.agreement(new Agreement(TENANT, projectId, "beta", firstDay, lastDay, "DEAL_COUNT", "RETROACTIVE",
                "SUBSCRIPTION", List.of(tier("1", "2.0"))));
        b.agreement(new Agreement(TENANT, projectId, "gamma", firstDay, lastDay, "DEAL_AMOUNT", "MARGINAL",
                "SUBSCRIPTION", List.of(tier("0", "1.0"), tier("5000000", "2.0"))));

        People p = new People(b.person(), b.person(), b.person(), b.person(), b.person(), b.person(), b.person(),
                b.person(), b.person(), null);
        p = new People(p.c1, p.c2, p.c3, p.c4, p.c5, p.c6, p.c7, p.c8, p.c9, b.personOtherThan(p.c1.surname()));
        String c01 = projectId + "-c01";
        String c02 = projectId + "-c02";
        for (int day = 0; day < DAYS; day++) {
            b.rotation(projectId, day, day % 2 == 0 ? List.of(c01, c02) : List.of(c02, c01));
        }

        // day 0: alpha registers c1 and brings them the same afternoon; beta's later registration is not novel
        Step.Register a1 = b.register(projectId, "alpha", "alpha-01", p.c1, b.at(0, 10, 0));
        b.register(projectId, "beta", "beta-01", p.c1, b.at(0, 11, 0), HardCase.CLASH);
        b.broughtVisit(a1, b.at(0, 14, 0), c01, b.signed(a1, c01));
        // day 1: beta registers c2 first; alpha registers too and brings them: the first valid registrant wins (VIS-7)
        b.register(projectId, "beta", "beta-01", p.c2, b.at(1, 9, 0));
        Step.Register a2 = b.register(projectId, "alpha", "alpha-01", p.c2, b.at(1, 10, 0), HardCase.CLASH);
        b.broughtVisit(a2, b.at(1, 15, 0), c02, b.signed(a2, c02), HardCase.CLASH);
        // day 1: gamma registers c3 fifteen minutes before the visit (REG-1): a natural visit
        Step.Register g3 = b.register(projectId, "gamma", "gamma-01", p.c3, b.at(1, 14, 10),
                HardCase.LATE_REGISTRATION);
        b.broughtVisit(g3, b.at(1, 14, 25), c01, b.signed(g3, c01), HardCase.LATE_REGISTRATION);
        // day 2: a walk-in; and a registration that lapses unvisited (REG-3)
        b.walkIn(projectId, p.c4, b.at(2, 10, 30), HardCase.WALK_IN);
        b.register(projectId, "alpha", "alpha-01", p.c5, b.at(2, 9, 0), HardCase.REGISTRATION_LAPSE);
        // purchases: alpha's c1, beta's c2, the office's c3
        b.subscribe(projectId, "1-0101", UnitType.RESIDENTIAL, money("3000000"), p.c1, c01, null, b.at(3, 15, 0));
        b.subscribe(projectId, "1-0102", UnitType.RESIDENTIAL, money("2000000"), p.c2, c02, null, b.at(4, 15, 0));
        b.subscribe(projectId, "1-0103", UnitType.RESIDENTIAL, money("1000000"), p.c3, c01, null, b.at(5, 10, 0));
        // gamma brings c6, who buys a large flat: marginal tiers by amount
        Step.Register g6 = b.register(projectId, "gamma", "gamma-01", p.c6, b.at(5, 9, 0));
        b.broughtVisit(g6, b.at(5, 11, 0), c02, b.signed(g6, c02));
        b.subscribe(projectId, "2-0201", UnitType.RESIDENTIAL, money("6000000"), p.c6, c02, null, b.at(6, 11, 0));
        // alpha brings c7, who subscribes and cancels the next day (PUR-8)
        Step.Register a7 = b.register(projectId, "alpha", "alpha-01", p.c7, b.at(6, 10, 0));
        b.broughtVisit(a7, b.at(6, 11, 0), c01, b.signed(a7, c01));
        Step.Subscribe s7 = b.subscribe(projectId, "2-0202", UnitType.RESIDENTIAL, money("4000000"), p.c7, c01, null,
                b.at(6, 16, 0));
        b.cancel(s7, "客户贷款未批，退订", b.at(7, 10, 0));
        // alpha brings c8, whose visit form is signed the next day (VIS-1), then buys
        Step.Register a8 = b.register(projectId, "alpha", "alpha-01", p.c8, b.at(7, 9, 30));
        Step.Visit v8 = b.broughtVisit(a8, b.at(7, 11, 0), c02, b.agentOnly(a8), HardCase.FORM_LATER_OR_INVALID);
        b.signForm(v8, b.signed(a8, c02), b.at(8, 9, 0), HardCase.FORM_LATER_OR_INVALID);
        b.subscribe(projectId, "2-0203", UnitType.RESIDENTIAL, money("2500000"), p.c8, c02, null, b.at(8, 15, 0));
        // c1 also buys a parking space (PUR-3), and c1's wife buys in her own name (PUR-4)
        b.subscribe(projectId, "P-101", UnitType.PARKING, money("200000"), p.c1, c01, null, b.at(8, 16, 0),
                HardCase.PARKING);
        b.subscribe(projectId, "3-0301", UnitType.RESIDENTIAL, money("1500000"), p.c10, c01,
                new Step.Related(p.c1, Relation.SPOUSE, List.of("marriage-certificate:scan-1")), b.at(9, 10, 0),
                HardCase.RELATED_BUYER);
        // day 9: a walk-in buys the same day; beta claims them afterwards (PUR-7), the site manager rules for beta
        b.walkIn(projectId, p.c9, b.at(9, 10, 30), HardCase.LATE_CLAIM);
        Step.Subscribe s9 = b.subscribe(projectId, "3-0302", UnitType.RESIDENTIAL, money("3300000"), p.c9, c02, null,
                b.at(9, 15, 0), HardCase.LATE_CLAIM);

        Step.Dispute claim = b.dispute(projectId, "beta", "beta-01", Disputed.Kind.LATE_CLAIM, p.c9, null, s9.ref(),
                List.of("call-recording:beta-01/1"), "客户系我司介绍", HardCase.LATE_CLAIM, HardCase.DISPUTE);
        b.ruling(claim, DisputeRuled.OwnerKind.CHANNEL, "beta", "beta-01", "PUR-7：三日内补报，证据齐全",
                DisputeRuled.Level.SITE_MANAGER);
        // alpha disputes c2: left open, the rules propose beta (VIS-7)
        b.dispute(projectId, "alpha", "alpha-01", Disputed.Kind.OWNERSHIP, p.c2, a2.ref(), null,
                List.of("wechat:alpha-01/2"), "客户由我司带看", HardCase.DISPUTE);
        b.fine(projectId, "alpha", "FORBIDDEN_ZONE", "CHANNEL", "alpha-01", null, "禁区拉客");
        return new Script(b.build(), p);
    }

    private static Agreement.Tier tier(String from, String rate) {
        return new Agreement.Tier(new BigDecimal(from), new BigDecimal(rate));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
