package com.baobei.demo.month;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.visit.Visited;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The ordinary life of a sales office, day by day: the rotation, channels registering clients, most of them
 * visiting (signed forms, a few signed later or marked invalid), walk-ins, people who are not clients, returning
 * clients, renewals, and some purchases with their contracts.
 */
final class OrdinaryDays {

    private static final Visited.NonClientReason[] NON_CLIENTS = Visited.NonClientReason.values();

    private final MonthBuilder b;
    private final Random random;
    private final Set<String> units = new HashSet<>();

    OrdinaryDays(MonthBuilder b) {
        this.b = b;
        this.random = b.random();
    }

    void write(Project project) {
        for (int day = 0; day < b.days(); day++) {
            List<String> queue = new ArrayList<>(project.consultants());
            Collections.rotate(queue, -day);
            b.rotation(project.id(), day, queue);
            for (String channelId : project.channelIds()) {
                int registrations = weighted(35, 40, 20, 5);
                for (int i = 0; i < registrations; i++) {
                    registration(project, b.channel(channelId), day);
                }
            }
            boolean beforeOpening = project.id().equals(Cast.HUPAN) && day < Cast.HUPAN_OPENING_DAY;
            int walkIns = beforeOpening ? weighted(70, 30) : weighted(30, 45, 25);
            for (int i = 0; i < walkIns; i++) {
                walkIn(project, day);
            }
            if (random.nextInt(100) < 20) {
                Visited.NonClientReason reason = NON_CLIENTS[random.nextInt(NON_CLIENTS.length)];
                b.visit(project.id(), Visited.Kind.NON_CLIENT, null, b.at(day, 10 + random.nextInt(7), 0), null, null,
                        null, null, null, false, reason, HardCase.NON_CLIENT);
            }
        }
    }

    private void registration(Project project, Channel channel, int day) {
        Channel.Agent agent = channel.agents().get(random.nextInt(channel.agents().size()));
        Person client = b.person();
        Instant registeredAt = b.at(day, 9 + random.nextInt(8), random.nextInt(60));
        Step.Register registration = b.register(project.id(), channel.id(), agent.id(), client, registeredAt);
        if (random.nextInt(100) >= 60) {
            return; // lapses unvisited (REG-3)
        }
        Instant visitAt = visitTime(project, day, registeredAt);
        if (visitAt == null) {
            return;
        }
        int visitDay = dayOf(visitAt, day);
        String consultant = project.consultants().get(random.nextInt(project.consultants().size()));
        int form = random.nextInt(100);
        if (form < 6) {
            Step.Visit visit = b.broughtVisit(registration, visitAt, consultant, b.agentOnly(registration),
                    HardCase.FORM_LATER_OR_INVALID);
            if (visitDay + 1 < b.days()) {
                b.signForm(visit, b.signed(registration, consultant), b.at(visitDay + 1, 10, 0),
                        HardCase.FORM_LATER_OR_INVALID);
                afterConfirmedVisit(project, registration, consultant, visitDay);
            }
            return;
        }
        if (form < 11) {
            b.broughtVisit(registration, visitAt, consultant, MonthBuilder.invalid("客户信息与报备不符，经理判定无效"),
                    HardCase.FORM_LATER_OR_INVALID);
            return;
        }
        b.broughtVisit(registration, visitAt, consultant, b.signed(registration, consultant));
        afterConfirmedVisit(project, registration, consultant, visitDay);
    }

    /** When the client comes, if at all: same day, within the validity, or later for a pre-launch project. */
    private Instant visitTime(Project project, int day, Instant registeredAt) {
        int offset = switch (project.policy().validityMode()) {
            case "SAME_DAY" -> 0;
            case "DAYS" -> random.nextInt(project.policy().validityDays());
            default -> random.nextInt(8);
        };
        if (day + offset >= b.days()) {
            return null;
        }
        Instant at = offset == 0
                ? b.plusMinutes(registeredAt, 45 + random.nextInt(200))
                : b.at(day + offset, 10 + random.nextInt(8), random.nextInt(60));
        Instant latest = b.at(day + offset, 19, 30);
        return at.isAfter(latest) ? null : at;
    }

    private int dayOf(Instant at, int from) {
        int day = from;
        while (day + 1 < b.days() && !at.isBefore(b.at(day + 1, 0, 0))) {
            day++;
        }
        return day;
    }

    private void afterConfirmedVisit(Project project, Step.Register registration, String consultant, int visitDay) {
        int protection = project.policy().protectionDays();
        int renewalWindow = project.policy().renewalWindowDays();
        int roll = random.nextInt(100);
        if (roll < 16) {
            int earliest = project.id().equals(Cast.HUPAN) ? Math.max(visitDay + 1, Cast.HUPAN_OPENING_DAY)
                    : visitDay + 1;
            int day = earliest + random.nextInt(Math.max(1, Math.min(protection - 2, 10)));
            if (day < b.days() && day - visitDay < protection) {
                purchase(project, registration.client(), consultant, day, null);
            }
        } else if (roll < 26) {
            int day = visitDay + 2 + random.nextInt(4);
            if (day < b.days()) {
                b.visit(project.id(), Visited.Kind.RETURN, registration.client(), b.at(day, 14, random.nextInt(60)),
                        consultant, null, null, null, null, false, null, HardCase.RETURN_VISIT);
            }
        } else if (roll < 40) {
            // VIS-5: brought again and re-signed in the last days of protection
            int day = visitDay + protection - 1 - random.nextInt(renewalWindow);
            if (day < b.days()) {
                b.broughtVisit(registration, b.at(day, 15, random.nextInt(60)), consultant,
                        b.signed(registration, consultant), HardCase.RENEWAL);
            }
        }
    }

    private void walkIn(Project project, int day) {
        Person client = b.person();
        b.walkIn(project.id(), client, b.at(day, 10 + random.nextInt(8), random.nextInt(60)), HardCase.WALK_IN);
        boolean open = !project.id().equals(Cast.HUPAN) || day >= Cast.HUPAN_OPENING_DAY;
        if (open && random.nextInt(100) < 12 && day + 1 < b.days()) {
            String consultant = project.consultants().get(random.nextInt(project.consultants().size()));
            purchase(project, client, consultant, day + 1 + random.nextInt(Math.min(3, b.days() - day - 1)), null);
        }
    }

    Step.Subscribe purchase(Project project, Person buyer, String consultant, int day, Step.Related related,
                            HardCase... cases) {
        Step.Subscribe subscription = b.subscribe(project.id(), unit(), UnitType.RESIDENTIAL, amount(), buyer,
                consultant, related, b.at(day, 11 + random.nextInt(6), random.nextInt(60)), cases);
        int contractDay = day + 5 + random.nextInt(4);
        if (random.nextInt(100) < 65 && contractDay < b.days()) {
            b.contract(subscription, b.at(contractDay, 10 + random.nextInt(6), random.nextInt(60)));
        }
        return subscription;
    }

    /** CNY 1.8 to 6.5 million, in whole thousands. */
    BigDecimal amount() {
        return BigDecimal.valueOf(1_800 + random.nextInt(4_701)).multiply(BigDecimal.valueOf(1_000))
                .setScale(2);
    }

    /** Building, floor, unit: {@code 5-1203}. */
    String unit() {
        while (true) {
            String unit = (1 + random.nextInt(9)) + "-" + (2 + random.nextInt(31)) + String.format("%02d",
                    1 + random.nextInt(4));
            if (units.add(unit)) {
                return unit;
            }
        }
    }

    private int weighted(int... percents) {
        int roll = random.nextInt(100);
        int sum = 0;
        for (int i = 0; i < percents.length; i++) {
            sum += percents[i];
            if (roll < sum) {
                return i;
            }
        }
        return percents.length - 1;
    }
}
