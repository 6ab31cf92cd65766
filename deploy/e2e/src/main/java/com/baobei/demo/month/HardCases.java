package com.baobei.demo.month;

import static com.baobei.demo.month.Cast.BINJIANG;
import static com.baobei.demo.month.Cast.HUPAN;
import static com.baobei.demo.month.Cast.YUNTING;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.visit.DisputeRuled.Level;
import com.baobei.contracts.visit.DisputeRuled.OwnerKind;
import com.baobei.contracts.visit.Purchased.Relation;
import com.baobei.contracts.visit.Visited;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rulebook's hard cases, each written once at a fixed day of the month with fresh people: what the rules are
 * for. Each step is tagged with its {@link HardCase}.
 */
final class HardCases {

    private final MonthBuilder b;
    private final OrdinaryDays ordinary;

    HardCases(MonthBuilder b, OrdinaryDays ordinary) {
        this.b = b;
        this.ordinary = ordinary;
    }

    void write() {
        clashAndEscalatedRuling();
        lateRegistration();
        repeatsOverTheLimit();
        poorQualityDay();
        relatedBuyer();
        companionBuysOnTheSpot();
        referralAndParking();
        lateClaims();
        cancellations();
        insider();
        protectionLapseAndRenewal();
        preLaunchClash();
        fines();
        liveRegistrations();
    }

    /** REG-2, REG-4, VIS-7: two channels on one day; the first valid registrant wins; disputed, ruled, escalated. */
    private void clashAndEscalatedRuling() {
        Person client = b.person();
        Step.Register first = b.register(BINJIANG, "jiayuan", "jiayuan-01", client, b.at(3, 10, 5), HardCase.CLASH);
        Step.Register second = b.register(BINJIANG, "anju", "anju-01", client, b.at(3, 10, 40), HardCase.CLASH);
        b.broughtVisit(second, b.at(3, 15, 0), "hj-bj-c02", b.signed(second, "hj-bj-c02"), HardCase.CLASH);
        ordinary.purchase(b.project(BINJIANG), client, "hj-bj-c02", 10, null, HardCase.CLASH);
        Step.Dispute dispute = b.dispute(BINJIANG, "anju", "anju-01", Disputed.Kind.OWNERSHIP, client, second.ref(),
                null, List.of("wechat:anju-01/chat-day3.png", "带看记录:anju-01/day3"),
                "客户由我司带看到场，确认单已三方签字。", HardCase.DISPUTE, HardCase.CLASH);
        b.ruling(dispute, OwnerKind.CHANNEL, "jiayuan", "jiayuan-01",
                "VIS-7：家园房产报备在先且当日有效，客户归家园房产。", Level.SITE_MANAGER);
        b.ruling(dispute, OwnerKind.CHANNEL, "jiayuan", "jiayuan-01",
                "复核（营销经理）：维持案场裁定，客户归家园房产。", Level.MARKETING_MANAGER);
    }

    /** REG-1: registered fifteen minutes before the visit: it does not count, the visit is natural. */
    private void lateRegistration() {
        Person client = b.person();
        Step.Register late = b.register(BINJIANG, "lejia", "lejia-01", client, b.at(6, 14, 10),
                HardCase.LATE_REGISTRATION);
        b.broughtVisit(late, b.at(6, 14, 25), "hj-bj-c03", b.signed(late, "hj-bj-c03"), HardCase.LATE_REGISTRATION);
    }

    /** REG-5: the own channel registers one client on four days running; the fourth is over the limit. */
    private void repeatsOverTheLimit() {
        Person client = b.person();
        for (int day = 7; day <= 10; day++) {
            b.register(BINJIANG, "huajing-own", "huajing-own-01", client, b.at(day, 11, 0),
                    HardCase.REPEAT_OVER_LIMIT, HardCase.REGISTRATION_LAPSE);
        }
    }

    /**
     * REG-6: twelve registrations on one day, four visits; the channel loses the dispute about that day. Left
     * open, so that the summary shows the outcome the rules propose (DSP-1).
     */
    private void poorQualityDay() {
        int day = 12;
        Person contested = b.person();
        for (int i = 0; i < 12; i++) {
            Person client = i == 0 ? contested : b.person();
            String agent = "hengtong-0" + (1 + i % 3);
            Step.Register registration = b.register(BINJIANG, "hengtong", agent, client, b.at(day, 9, 5 + 4 * i),
                    HardCase.POOR_QUALITY_DAY);
            if (i >= 1 && i <= 3) {
                b.broughtVisit(registration, b.at(day, 13 + i, 10), "hj-bj-c01", b.signed(registration, "hj-bj-c01"),
                        HardCase.POOR_QUALITY_DAY);
            }
        }
        Step.Register rival = b.register(BINJIANG, "jiayuan", "jiayuan-02", contested, b.at(day, 12, 30),
                HardCase.POOR_QUALITY_DAY, HardCase.CLASH);
        b.broughtVisit(rival, b.at(day, 15, 30), "hj-bj-c04", b.signed(rival, "hj-bj-c04"),
                HardCase.POOR_QUALITY_DAY, HardCase.CLASH);
        b.dispute(BINJIANG, "jiayuan", "jiayuan-02", Disputed.Kind.OWNERSHIP, contested,
                rival.ref(), null, List.of("带看照片:jiayuan-02/day12"),
                "恒通当日批量报备，客户实为我司带看。", HardCase.DISPUTE, HardCase.POOR_QUALITY_DAY);
    }

    /** PUR-4: the husband was confirmed under a channel; his wife buys in her own name, with the marriage certificate. */
    private void relatedBuyer() {
        Person husband = b.person();
        Step.Register registration = b.register(BINJIANG, "anju", "anju-02", husband, b.at(4, 9, 40),
                HardCase.RELATED_BUYER);
        b.broughtVisit(registration, b.at(4, 11, 0), "hj-bj-c01", b.signed(registration, "hj-bj-c01"),
                HardCase.RELATED_BUYER);
        Person wife = b.personOtherThan(husband.surname());
        b.visit(BINJIANG, Visited.Kind.RETURN, husband, b.at(15, 10, 0), "hj-bj-c01", null, null, null, null, false,
                null, HardCase.RELATED_BUYER);
        ordinary.purchase(b.project(BINJIANG), wife, "hj-bj-c01", 15,
                new Step.Related(husband, Relation.SPOUSE, List.of("结婚证:scan-" + husband.surname() + "-day15")),
                HardCase.RELATED_BUYER);
    }

    /** VIS-3, PUR-5: a friend came along with a confirmed client and subscribes the same afternoon. */
    private void companionBuysOnTheSpot() {
        Person client = b.person();
        Step.Register registration = b.register(BINJIANG, "jiayuan", "jiayuan-03", client, b.at(18, 9, 20),
                HardCase.COMPANION_BUYS);
        Step.Visit visit = b.broughtVisit(registration, b.at(18, 11, 0), "hj-bj-c02",
                b.signed(registration, "hj-bj-c02"), HardCase.COMPANION_BUYS);
        Person friend = b.person();
        b.visit(BINJIANG, Visited.Kind.COMPANION, friend, b.at(18, 11, 0), "hj-bj-c02", null, null, visit.ref(),
                null, false, null, HardCase.COMPANION_BUYS);
        b.subscribe(BINJIANG, ordinary.unit(), UnitType.RESIDENTIAL, ordinary.amount(), friend, "hj-bj-c02", null,
                b.at(18, 16, 30), HardCase.COMPANION_BUYS);
    }

    /** PUR-6: a buyer refers a friend within 30 days: the buyer's channel. PUR-3: the buyer's parking space earns nothing. */
    private void referralAndParking() {
        Person buyer = b.person();
        Step.Register registration = b.register(BINJIANG, "lejia", "lejia-02", buyer, b.at(5, 10, 0),
                HardCase.REFERRAL);
        b.broughtVisit(registration, b.at(5, 13, 0), "hj-bj-c04", b.signed(registration, "hj-bj-c04"),
                HardCase.REFERRAL);
        b.subscribe(BINJIANG, ordinary.unit(), UnitType.RESIDENTIAL, ordinary.amount(), buyer, "hj-bj-c04", null,
                b.at(8, 15, 0), HardCase.REFERRAL);
        Person referred = b.person();
        b.visit(BINJIANG, Visited.Kind.CLIENT, referred, b.at(14, 14, 0), null, null, null, null, buyer, false, null,
                HardCase.REFERRAL);
        b.subscribe(BINJIANG, ordinary.unit(), UnitType.RESIDENTIAL, ordinary.amount(), referred, "hj-bj-c04", null,
                b.at(20, 11, 0), HardCase.REFERRAL);
        b.subscribe(BINJIANG, "P-B2-" + (100 + b.random().nextInt(200)), UnitType.PARKING,
                new BigDecimal("150000.00"), buyer, "hj-bj-c04", null, b.at(22, 16, 0), HardCase.PARKING);
    }

    /** PUR-7: a walk-in bought yesterday, a channel claims within the window (ruled its); another claim is days too late. */
    private void lateClaims() {
        Person buyer = b.person();
        int last = b.days() - 1;
        b.walkIn(BINJIANG, buyer, b.at(last - 1, 10, 30), HardCase.LATE_CLAIM);
        Step.Subscribe subscription = b.subscribe(BINJIANG, ordinary.unit(), UnitType.RESIDENTIAL, ordinary.amount(),
                buyer, "hj-bj-c03", null, b.at(last, 15, 0), HardCase.LATE_CLAIM);
        Step.Dispute claim = b.dispute(BINJIANG, "anju", "anju-01", Disputed.Kind.LATE_CLAIM, buyer, null,
                subscription.ref(), List.of("通话录音:anju-01/last-day", "带看照片:anju-01/last-day"),
                "客户系我司介绍，认购后补报。", HardCase.LATE_CLAIM, HardCase.DISPUTE);
        b.ruling(claim, OwnerKind.CHANNEL, "anju", "anju-01", "PUR-7：认购后3日内补报且证据齐全，判归安居。",
                Level.SITE_MANAGER);

        Person tooLate = b.person();
        b.walkIn(YUNTING, tooLate, b.at(17, 11, 0), HardCase.LATE_CLAIM_VOID);
        Step.Subscribe old = b.subscribe(YUNTING, ordinary.unit(), UnitType.RESIDENTIAL, ordinary.amount(), tooLate,
                "hj-yt-c02", null, b.at(19, 14, 0), HardCase.LATE_CLAIM_VOID);
        b.dispute(YUNTING, "xinfang", "xinfang-01", Disputed.Kind.LATE_CLAIM, tooLate, null, old.ref(),
                List.of("聊天记录:xinfang-01/day17"), "客户曾咨询我司。", HardCase.LATE_CLAIM_VOID, HardCase.DISPUTE);
    }

    /** PUR-8: a channel's deal undone a week later (its commission reverses), and a walk-in's. */
    private void cancellations() {
        Person client = b.person();
        Step.Register registration = b.register(BINJIANG, "jiayuan", "jiayuan-01", client, b.at(9, 9, 15),
                HardCase.CANCELLATION);
        b.broughtVisit(registration, b.at(9, 11, 0), "hj-bj-c03", b.signed(registration, "hj-bj-c03"),
                HardCase.CANCELLATION);
        Step.Subscribe deal = b.subscribe(BINJIANG, ordinary.unit(), UnitType.RESIDENTIAL, ordinary.amount(), client,
                "hj-bj-c03", null, b.at(9, 17, 0), HardCase.CANCELLATION);
        b.cancel(deal, "客户贷款未获批准，退订", b.at(16, 10, 0));

        Person walkIn = b.person();
        b.walkIn(YUNTING, walkIn, b.at(11, 10, 0), HardCase.CANCELLATION);
        Step.Subscribe officeDeal = b.subscribe(YUNTING, ordinary.unit(), UnitType.RESIDENTIAL, ordinary.amount(),
                walkIn, "hj-yt-c01", null, b.at(11, 16, 0), HardCase.CANCELLATION);
        b.cancel(officeDeal, "客户改选其他户型，退订", b.at(13, 11, 0));
    }

    /** REG-7: a channel registered the developer's employee's relative; the office marks the visit. */
    private void insider() {
        Person relative = b.person();
        Step.Register registration = b.register(HUPAN, "hengtong", "hengtong-02", relative, b.at(9, 10, 0),
                HardCase.INSIDER);
        b.visit(HUPAN, Visited.Kind.CLIENT, relative, b.at(9, 14, 0), "qh-hp-c02", registration.ref(),
                b.signed(registration, "qh-hp-c02"), null, null, true, null, HardCase.INSIDER);
    }

    /** VIS-6: a 7-day protection lapses, another channel brings the client again. VIS-5: a renewal, then a purchase. */
    private void protectionLapseAndRenewal() {
        Person client = b.person();
        Step.Register first = b.register(YUNTING, "xinfang", "xinfang-02", client, b.at(2, 10, 0),
                HardCase.PROTECTION_LAPSE);
        b.broughtVisit(first, b.at(2, 14, 0), "hj-yt-c01", b.signed(first, "hj-yt-c01"), HardCase.PROTECTION_LAPSE);
        Step.Register again = b.register(YUNTING, "lejia", "lejia-03", client, b.at(12, 10, 0),
                HardCase.PROTECTION_LAPSE);
        b.broughtVisit(again, b.at(12, 15, 0), "hj-yt-c03", b.signed(again, "hj-yt-c03"), HardCase.PROTECTION_LAPSE);

        Person renewed = b.person();
        Step.Register registration = b.register(YUNTING, "jiayuan", "jiayuan-01", renewed, b.at(5, 9, 30),
                HardCase.RENEWAL);
        b.broughtVisit(registration, b.at(5, 11, 0), "hj-yt-c02", b.signed(registration, "hj-yt-c02"),
                HardCase.RENEWAL);
        b.broughtVisit(registration, b.at(10, 14, 0), "hj-yt-c02", b.signed(registration, "hj-yt-c02"),
                HardCase.RENEWAL);
        b.subscribe(YUNTING, ordinary.unit(), UnitType.RESIDENTIAL, ordinary.amount(), renewed, "hj-yt-c02", null,
                b.at(16, 15, 0), HardCase.RENEWAL);
    }

    /** REG-3 pre-launch: a registration of day 2 is still valid on day 16, so it beats the later channel (VIS-7). */
    private void preLaunchClash() {
        Person client = b.person();
        b.register(HUPAN, "anju", "anju-02", client, b.at(2, 11, 0), HardCase.CLASH);
        Step.Register later = b.register(HUPAN, "xinfang", "xinfang-01", client, b.at(10, 16, 0), HardCase.CLASH);
        b.broughtVisit(later, b.at(16, 10, 30), "qh-hp-c03", b.signed(later, "qh-hp-c03"), HardCase.CLASH);
    }

    /** COM-4: soliciting in the forbidden zone, and a quarrel on site. */
    private void fines() {
        b.fine(BINJIANG, "hengtong", "FORBIDDEN_ZONE", "CHANNEL", "hengtong-03", null, "禁区拉客：售楼处门口拦截客户");
        b.fine(BINJIANG, "lejia", "ON_SITE_QUARREL", "AGENT", "lejia-01", null, "现场与其他渠道争吵");
    }

    /** Today's registrations through the live API (the server's clock), and two the intake refuses (ID-1). */
    private void liveRegistrations() {
        int tomorrow = b.days() + 1;
        b.registerLive(HUPAN, "qinghe-own", "qinghe-own-01", b.person(), b.at(tomorrow, 10, 0),
                HardCase.LIVE_REGISTRATION);
        b.registerLive(HUPAN, "anju", "anju-01", b.person(), b.at(tomorrow, 14, 0), HardCase.LIVE_REGISTRATION);
        b.registerLive(BINJIANG, "jiayuan", "jiayuan-02", b.person(), null, HardCase.LIVE_REGISTRATION);
        Person noSurname = b.person();
        b.badRegistration(HUPAN, "anju", "anju-02", " ", noSurname.maskedPhone(), "clientSurname");
        Person badNumber = b.person();
        b.badRegistration(HUPAN, "xinfang", "xinfang-02", badNumber.surname(),
                badNumber.maskedPhone().substring(0, 10), "maskedPhone");
    }
}
