package com.baobei.attribution.fold;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.attribution.policy.ValidityMode;
import com.baobei.contracts.EventData;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.VisitFormSigned;
import com.baobei.contracts.visit.Visited;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a plausible project history from a seed: several channels registering (some clients twice,
 * some past their repeat limit, busy days for REG-6), visits with pending, signed, late-signed and invalid
 * forms, companions, returns and renewals, referrals, non-clients, insiders, purchases (related buyers,
 * parking, repeats, contracts), cancellations, disputes (late claims in and out of their window, claims
 * with no evidence or a registration not on record) and rulings (escalated, linking numbers), with people
 * sharing a masked number and surname (ID-2), and events sharing one instant. Plain Java, so any runner
 * (jqwik, a JMH benchmark) can use it.
 */
public final class HistoryGenerator {

    static final String TENANT = "t1";
    static final String PROJECT = "p1";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant START = LocalDate.of(2024, 3, 1).atStartOfDay(ZONE).toInstant();
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈"};
    private static final VisitForm SIGNED = new VisitForm("ag", "co", "sm", false, null);
    private static final VisitForm UNSIGNED = new VisitForm("ag", "co", null, false, null);
    private static final VisitForm INVALID = new VisitForm("ag", "co", null, true, "wrong person");

    private final Random random;
    private final int days;
    private final String[] channels;
    private final List<EventEnvelope> events = new ArrayList<>();
    private final List<String> visitIds = new ArrayList<>();
    private final List<Object[]> buyers = new ArrayList<>();
    private final List<String> purchaseIds = new ArrayList<>();
    private int ids;
    private int numberSpace = 30;

    private HistoryGenerator(long seed, int days, int channelCount) {
        this.random = new Random(seed);
        this.days = days;
        this.channels = new String[channelCount];
        for (int i = 0; i < channelCount; i++) {
            channels[i] = "ch" + (char) ('A' + i);
        }
    }

    /** A history of about {@code people} clients over {@code days} days. */
    public static List<EventEnvelope> history(long seed, int people, int days) {
        HistoryGenerator g = new HistoryGenerator(seed, days, 4);
        g.numberSpace = Math.max(30, people / 2);
        for (int i = 0; i < people; i++) {
            g.person(i);
        }
        return g.events;
    }

    /** Two policy versions with small thresholds, so that REG-5, REG-6 and the windows are reached often. */
    public static PolicyHistory policies() {
        ProjectPolicy v1 = new ProjectPolicy(1, LocalDate.of(2000, 1, 1), ZONE, 30, ValidityMode.SAME_DAY, 1, null,
                30, 30, 7, 2, 3, 50, 30, 3, java.util.EnumSet.of(UnitType.PARKING));
        ProjectPolicy v2 = new ProjectPolicy(2, LocalDate.of(2024, 3, 6), ZONE, 60, ValidityMode.DAYS, 3, null,
                10, 10, 3, 3, 4, 60, 10, 3, java.util.EnumSet.of(UnitType.PARKING, UnitType.STORAGE));
        return PolicyHistory.of(v1, v2);
    }

    private void person(int index) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        // a small number space makes people share masked numbers (ID-2) and surnames
        String full = "13" + (8 + random.nextInt(2)) + String.format("%04d", random.nextInt(3))
                + String.format("%04d", random.nextInt(numberSpace));
        String masked = full.substring(0, 3) + "****" + full.substring(7);
        String hash = "h" + full;
        long day = random.nextInt(days);
        List<String> regs = new ArrayList<>();
        int registrations = random.nextInt(10) < 7 ? 1 + random.nextInt(random.nextInt(10) < 8 ? 1 : 4) : 0;
        for (int r = 0; r < registrations; r++) {
            String reg = "r" + next();
            regs.add(reg);
            String channel = channels[random.nextInt(r == 0 ? channels.length : 2)];
            boolean bad = random.nextInt(40) == 0;
            Registered.Intake intake = random.nextInt(30) == 0 ? Registered.Intake.IMPORT : Registered.Intake.API;
            add(masked, at(day + r / 2, 8 * 60 + random.nextInt(240)), new Registered(reg, channel,
                    Registered.ChannelKind.AGENCY, channel + "-ag", bad ? "" : surname, masked, null, List.of(), intake,
                    intake == Registered.Intake.IMPORT && random.nextBoolean() ? "importer" : null));
        }
        if (random.nextInt(10) < 7) {
            String visit = "v" + next();
            long vday = day + (random.nextInt(4) == 0 ? random.nextInt(4) : 0);
            int roll = random.nextInt(20);
            VisitForm form = roll < 13 ? SIGNED : roll < 17 ? UNSIGNED : roll < 19 ? VisitForm.NONE : INVALID;
            String named = regs.isEmpty() || random.nextInt(5) == 0 ? null : regs.get(random.nextInt(regs.size()));
            String referrer = !buyers.isEmpty() && random.nextInt(6) == 0
                    ? (String) buyers.get(random.nextInt(buyers.size()))[2] : null;
            Instant visitAt = at(vday, 9 * 60 + random.nextInt(600));
            add(masked, visitAt, new Visited(visit, Visited.Kind.CLIENT, surname, masked, hash, "co1", named, form, null,
                    referrer, random.nextInt(50) == 0, null));
            visitIds.add(visit);
            if (form != SIGNED && random.nextBoolean()) {
                add(masked, visitAt.plusSeconds(60L * random.nextInt(3000)), new VisitFormSigned(visit,
                        random.nextInt(4) == 0 ? INVALID : SIGNED));
            }
            if (random.nextInt(6) == 0) {
                companion(visit, visitAt);
            }
            if (random.nextInt(5) == 0) {
                add(masked, visitAt.plusSeconds(86400L * (20 + random.nextInt(15))), new Visited("v" + next(),
                        Visited.Kind.RETURN, surname, masked, hash, "co1", named, random.nextBoolean() ? SIGNED : VisitForm.NONE,
                        null, null, false, null));
            }
            if (random.nextInt(10) < 3) {
                purchase(surname, masked, hash, visitAt);
            }
        }
        if (random.nextInt(25) == 0) {
            add(masked, at(day, 600), new Visited("v" + next(), Visited.Kind.NON_CLIENT, surname, masked, hash, "co1",
                    null, VisitForm.NONE, null, null, false, Visited.NonClientReason.ASKING_THE_WAY));
        }
        if (random.nextInt(6) == 0) {
            dispute(surname, masked, regs, day);
        }
    }

    private void companion(String hostVisit, Instant at) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String full = "135" + String.format("%08d", random.nextInt(100_000_000));
        String masked = full.substring(0, 3) + "****" + full.substring(7);
        add(masked, at, new Visited("v" + next(), Visited.Kind.COMPANION, surname, masked, "h" + full, "co1", null,
                VisitForm.NONE, hostVisit, null, false, null));
        if (random.nextBoolean()) {
            purchase(surname, masked, "h" + full, at);
        }
    }

    private void purchase(String surname, String masked, String hash, Instant visitAt) {
        String id = "p" + next();
        Instant at = visitAt.plusSeconds(random.nextInt(8) == 0 ? -3600 : 60L * random.nextInt(20_000));
        Purchased.RelatedParty related = null;
        if (!buyers.isEmpty() && random.nextInt(6) == 0) {
            Object[] other = buyers.get(random.nextInt(buyers.size()));
            related = new Purchased.RelatedParty((String) other[0], (String) other[1], (String) other[2],
                    Purchased.Relation.values()[random.nextInt(5)], random.nextBoolean() ? List.of("certificate") : List.of());
        }
        UnitType unit = random.nextInt(8) == 0 ? UnitType.PARKING : random.nextInt(10) == 0 ? UnitType.STORAGE : UnitType.RESIDENTIAL;
        add(masked, at, new Purchased(id, Purchased.Stage.SUBSCRIPTION, "u" + id, unit, new BigDecimal("1000000.00"), surname,
                masked, hash, "co2", related, random.nextInt(40) == 0));
        buyers.add(new Object[] {surname, masked, hash});
        purchaseIds.add(id);
        if (random.nextInt(3) == 0) {
            add(masked, at.plusSeconds(86400L * random.nextInt(20)), new Purchased(id, Purchased.Stage.CONTRACT, "u" + id,
                    unit, new BigDecimal("1000000.00"), surname, masked, hash, "co2", related, false));
        }
        if (random.nextInt(8) == 0) {
            add(masked, at.plusSeconds(86400L * random.nextInt(30)), new PurchaseCancelled(id, "changed mind"));
        }
        if (random.nextInt(6) == 0) {
            String dispute = "d" + next();
            String channel = channels[random.nextInt(channels.length)];
            add(masked, at.plusSeconds(86400L * random.nextInt(6)), new Disputed(dispute, channel, channel + "-ag",
                    Disputed.Kind.LATE_CLAIM, surname, masked, null, id, List.of("chat-log"), "late claim"));
            if (random.nextBoolean()) {
                ruling(dispute, masked, at.plusSeconds(86400L * (6 + random.nextInt(5))), List.of());
            }
        }
    }

    private void dispute(String surname, String masked, List<String> regs, long day) {
        String id = "d" + next();
        String channel = channels[random.nextInt(channels.length)];
        String cited = regs.isEmpty() || random.nextBoolean() ? (random.nextInt(5) == 0 ? "screenshot" : null)
                : regs.get(random.nextInt(regs.size()));
        Instant at = at(day + 1 + random.nextInt(5), 600 + random.nextInt(300));
        add(masked, at, new Disputed(id, channel, channel + "-ag", Disputed.Kind.OWNERSHIP, surname, masked, cited, null,
                random.nextInt(5) == 0 ? List.of() : List.of("call-record"), "ownership"));
        if (random.nextBoolean()) {
            List<String> linked = random.nextInt(3) == 0 && !buyers.isEmpty()
                    ? List.of((String) buyers.get(random.nextInt(buyers.size()))[1]) : List.of();
            Instant ruled = at.plusSeconds(86400L * (1 + random.nextInt(5)));
            ruling(id, masked, ruled, linked);
            if (random.nextInt(3) == 0) {
                ruling(id, masked, random.nextBoolean() ? ruled : ruled.plusSeconds(86400), List.of(),
                        DisputeRuled.Level.MARKETING_MANAGER);
            }
        }
    }

    private void ruling(String dispute, String masked, Instant at, List<String> linked) {
        ruling(dispute, masked, at, linked, DisputeRuled.Level.SITE_MANAGER);
    }

    private void ruling(String dispute, String masked, Instant at, List<String> linked, DisputeRuled.Level level) {
        int roll = random.nextInt(5);
        DisputeRuled.OwnerKind kind = roll == 0 ? DisputeRuled.OwnerKind.OFFICE : DisputeRuled.OwnerKind.CHANNEL;
        String channel = roll <= 1 ? null : channels[random.nextInt(channels.length)];
        add(masked, at, new DisputeRuled(dispute, kind, channel, channel == null ? null : channel + "-ag", "why", "sm1",
                level, linked));
    }

    private Instant at(long day, int minuteOfDay) {
        return START.plusSeconds(day * 86400 + minuteOfDay * 60L);
    }

    private int next() {
        return ++ids;
    }

    private void add(String masked, Instant occurredAt, EventData data) {
        // some events are recorded days late (an office syncing after a network cut); some share an instant
        Instant recorded = occurredAt.plusSeconds(random.nextInt(10) == 0 ? 86400L * random.nextInt(3) : random.nextInt(2));
        events.add(EventEnvelope.of("e" + String.format("%06d", random.nextInt(1_000_000)) + "-" + next(), TENANT, PROJECT,
                TENANT + ":" + PROJECT + ":" + masked, occurredAt, recorded, data));
    }
}
