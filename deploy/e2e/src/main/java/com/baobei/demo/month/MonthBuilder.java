package com.baobei.demo.month;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.Visited;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a month step by step: hands out refs, turns "day 3, 10:05" into business time in the project's zone, and
 * keeps the steps in feeding order. The generator writes the demo month with it; a test can write a fixed script.
 */
public final class MonthBuilder {

    private final long seed;
    private final LocalDate firstDay;
    private final int days;
    private final ZoneId zone;
    private final Random random;
    private final People people;
    private final List<Tenant> tenants = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<Channel> channels = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final List<Step> dated = new ArrayList<>();
    private final List<Step> undated = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();

    public MonthBuilder(long seed, LocalDate firstDay, int days, ZoneId zone) {
        this.seed = seed;
        this.firstDay = firstDay;
        this.days = days;
        this.zone = zone;
        this.random = new Random(seed);
        this.people = new People(random);
    }

    public Random random() {
        return random;
    }

    public int days() {
        return days;
    }

    public LocalDate day(int day) {
        return firstDay.plusDays(day);
    }

    /** Business time of {@code hh:mm} on day {@code day} of the month (day 0 is the first), in the month's zone. */
    public Instant at(int day, int hour, int minute) {
        return day(day).atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
    }

    public Instant plusMinutes(Instant at, int minutes) {
        return at.plusSeconds(60L * minutes);
    }

    public Person person() {
        return people.next();
    }

    public Person personOtherThan(String surname) {
        return people.otherThan(surname);
    }

    public MonthBuilder tenant(Tenant tenant) {
        tenants.add(tenant);
        return this;
    }

    public MonthBuilder project(Project project) {
        projects.add(project);
        return this;
    }

    public MonthBuilder channel(Channel channel) {
        channels.add(channel);
        return this;
    }

    public MonthBuilder agreement(Agreement agreement) {
        agreements.add(agreement);
        return this;
    }

    public Project project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    public Channel channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** A ref unique in the month: {@code <project>-<kind><n>}; purchase refs are the office's purchase ids. */
    public String ref(String projectId, String kind) {
        int n = counters.merge(projectId + kind, 1, Integer::sum);
        return projectId + "-" + kind + String.format("%04d", n);
    }

    public void rotation(String projectId, int day, List<String> consultants) {
        dated.add(new Step.Rotation(projectId, day(day), consultants, at(day, 8, 30)));
    }

    public Step.Register register(String projectId, String channelId, String agentId, Person client, Instant at,
                                  HardCase... cases) {
        Step.Register step = new Step.Register(ref(projectId, "r"), projectId, channelId, agentId, client, at, false,
                null, set(cases));
        dated.add(step);
        return step;
    }

    public Step.Register registerLive(String projectId, String channelId, String agentId, Person client,
                                      Instant expectedVisitAt, HardCase... cases) {
        Step.Register step = new Step.Register(ref(projectId, "r"), projectId, channelId, agentId, client, null, true,
                expectedVisitAt, set(cases));
        undated.add(step);
        return step;
    }

    public void badRegistration(String projectId, String channelId, String agentId, String surname, String masked,
                                String field) {
        undated.add(new Step.BadRegistration(ref(projectId, "x"), projectId, channelId, agentId, surname, masked,
                field, set(HardCase.MALFORMED_REGISTRATION)));
    }

    /** The form as the three sign it at the visit (VIS-1). */
    public Step.Form signed(Step.Register registration, String consultantId) {
        return new Step.Form("sig:" + registration.agentId(), "sig:" + consultantId,
                "sig:" + project(registration.projectId()).siteManager(), false, null);
    }

    public Step.Form agentOnly(Step.Register registration) {
        return new Step.Form("sig:" + registration.agentId(), null, null, false, null);
    }

    public static Step.Form invalid(String reason) {
        return new Step.Form(null, null, null, true, reason);
    }

    /** A channel-brought visit naming its registration. */
    public Step.Visit broughtVisit(Step.Register registration, Instant at, String consultantId, Step.Form form,
                                   HardCase... cases) {
        return visit(registration.projectId(), Visited.Kind.CLIENT, registration.client(), at, consultantId,
                registration.ref(), form, null, null, false, null, cases);
    }

    /** A walk-in: no registration, received by the head of the rotation (VIS-2, ROT-1). */
    public Step.Visit walkIn(String projectId, Person client, Instant at, HardCase... cases) {
        return visit(projectId, Visited.Kind.CLIENT, client, at, null, null, null, null, null, false, null, cases);
    }

    public Step.Visit visit(String projectId, Visited.Kind kind, Person client, Instant at, String consultantId,
                            String registrationRef, Step.Form form, String accompaniedVisitRef, Person referrer,
                            boolean insider, Visited.NonClientReason nonClientReason, HardCase... cases) {
        Step.Visit step = new Step.Visit(ref(projectId, "v"), projectId, kind, client, at, consultantId,
                registrationRef, form, accompaniedVisitRef, referrer, insider, nonClientReason, set(cases));
        dated.add(step);
        return step;
    }

    public void signForm(Step.Visit visit, Step.Form form, Instant at, HardCase... cases) {
        dated.add(new Step.SignForm(visit.ref(), visit.projectId(), form, at, set(cases)));
    }

    public Step.Subscribe subscribe(String projectId, String unitId, UnitType unitType, BigDecimal amount,
                                    Person buyer, String consultantId, Step.Related related, Instant at,
                                    HardCase... cases) {
        Step.Subscribe step = new Step.Subscribe(ref(projectId, "s"), projectId, unitId, unitType, amount, buyer,
                consultantId, related, false, at, set(cases));
        dated.add(step);
        return step;
    }

    public void contract(Step.Subscribe subscription, Instant at, HardCase... cases) {
        dated.add(new Step.Contract(subscription, at, set(cases)));
    }

    public void cancel(Step.Subscribe subscription, String reason, Instant at) {
        dated.add(new Step.Cancel(subscription.ref(), subscription.projectId(), reason, at,
                set(HardCase.CANCELLATION)));
    }

    public Step.Dispute dispute(String projectId, String channelId, String agentId, Disputed.Kind kind, Person client,
                                String registrationRef, String purchaseRef, List<String> evidence, String statement,
                                HardCase... cases) {
        Step.Dispute step = new Step.Dispute(ref(projectId, "d"), projectId, channelId, agentId, kind, client,
                registrationRef, purchaseRef, evidence, statement, set(cases));
        undated.add(step);
        return step;
    }

    public void ruling(Step.Dispute dispute, DisputeRuled.OwnerKind ownerKind, String channelId, String agentId,
                       String rationale, DisputeRuled.Level level) {
        Project project = project(dispute.projectId());
        String ruledBy = level == DisputeRuled.Level.SITE_MANAGER ? project.siteManager() : project.marketingManager();
        undated.add(new Step.Ruling(dispute.ref(), dispute.projectId(), dispute.client(), ownerKind, channelId, agentId,
                rationale, level, ruledBy, set(HardCase.RULING)));
    }

    public void fine(String projectId, String channelId, String reason, String target, String agentId,
                     BigDecimal amount, String note) {
        undated.add(new Step.Fine(ref(projectId, "f"), projectId, channelId, reason, target, agentId, amount, note,
                set(HardCase.FINE)));
    }

    /** The month: dated steps by business time (ties keep the order written), then the undated ones as written. */
    public Month build() {
        List<Step> steps = new ArrayList<>(dated);
        steps.sort(Comparator.comparing(Step::at));
        steps.addAll(undated);
        return new Month(seed, firstDay, days, zone, tenants, projects, channels, agreements, steps);
    }

    static Set<HardCase> set(HardCase... cases) {
        Set<HardCase> set = EnumSet.noneOf(HardCase.class);
        set.addAll(List.of(cases));
        return Set.copyOf(set);
    }
}
