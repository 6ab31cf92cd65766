package com.baobei.attribution.fold;

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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builders of the published facts for scenario tests, in the office's words: "channel A registers 王
 * at 09:00", "王 visits at 10:00 naming r1, form signed". Times are local to Asia/Shanghai; the event id
 * is "ev-" + the fact's own id, so a test can assert which event caused a decision.
 */
final class Facts {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final VisitForm SIGNED = new VisitForm("agent", "consultant", "manager", false, null);
    static final VisitForm UNSIGNED = new VisitForm("agent", "consultant", null, false, null);
    static final VisitForm INVALID = new VisitForm("agent", "consultant", null, true, "not the registered person");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Facts() {
    }

    interface Fact {
        EventEnvelope envelope();
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local, TIME).atZone(ZONE).toInstant();
    }

    static EventEnvelope envelope(String eventId, String masked, String time, String recorded, EventData data) {
        Instant occurred = at(time);
        Instant recordedAt = recorded == null ? occurred.plusSeconds(1) : at(recorded);
        String key = masked == null ? null : Scenario.TENANT + ":" + Scenario.PROJECT + ":" + masked;
        return EventEnvelope.of(eventId, Scenario.TENANT, Scenario.PROJECT, key, occurred, recordedAt, data);
    }

    // ---- registration ----

    static Reg registration(String id) {
        return new Reg(id);
    }

    static final class Reg implements Fact {
        private final String id;
        private String channel = "A";
        private String agent;
        private String surname;
        private String masked;
        private String time;
        private String recorded;
        private Registered.Intake intake = Registered.Intake.API;
        private String importedBy;
        private final List<Registered.Companion> companions = new ArrayList<>();

        Reg(String id) {
            this.id = id;
        }

        Reg by(String channelId) {
            this.channel = channelId;
            return this;
        }

        Reg agent(String agentId) {
            this.agent = agentId;
            return this;
        }

        Reg of(Person person) {
            this.surname = person.surname();
            this.masked = person.masked();
            return this;
        }

        Reg of(String surname, String masked) {
            this.surname = surname;
            this.masked = masked;
            return this;
        }

        Reg at(String local) {
            this.time = local;
            return this;
        }

        Reg recordedAt(String local) {
            this.recorded = local;
            return this;
        }

        Reg imported(String by) {
            this.intake = Registered.Intake.IMPORT;
            this.importedBy = by;
            return this;
        }

        Reg withCompanion(Person person) {
            companions.add(new Registered.Companion(person.surname(), person.masked()));
            return this;
        }

        @Override
        public EventEnvelope envelope() {
            String agentId = agent != null ? agent : channel == null ? null : channel + "-agent";
            return Facts.envelope("ev-" + id, masked, time, recorded, new Registered(id, channel,
                    Registered.ChannelKind.AGENCY, agentId, surname, masked, null, companions, intake, importedBy));
        }
    }

    // ---- visit ----

    static Visit visit(String id) {
        return new Visit(id);
    }

    static final class Visit implements Fact {
        private final String id;
        private Visited.Kind kind = Visited.Kind.CLIENT;
        private Person person;
        private String registrationId;
        private VisitForm form = VisitForm.NONE;
        private String accompanied;
        private String referrerHash;
        private boolean insider;
        private Visited.NonClientReason nonClient;
        private String time;
        private String recorded;

        Visit(String id) {
            this.id = id;
        }

        Visit of(Person p) {
            this.person = p;
            return this;
        }

        /** Brought by a channel: the signed form names the registration. */
        Visit naming(String registration) {
            this.registrationId = registration;
            this.form = SIGNED;
            return this;
        }

        Visit form(VisitForm visitForm) {
            this.form = visitForm;
            return this;
        }

        Visit returning() {
            this.kind = Visited.Kind.RETURN;
            return this;
        }

        Visit companionOf(String hostVisitId) {
            this.kind = Visited.Kind.COMPANION;
            this.accompanied = hostVisitId;
            return this;
        }

        Visit referredBy(Person buyer) {
            this.referrerHash = buyer.hash();
            return this;
        }

        Visit insider() {
            this.insider = true;
            return this;
        }

        Visit notAClient(Visited.NonClientReason reason) {
            this.kind = Visited.Kind.NON_CLIENT;
            this.nonClient = reason;
            return this;
        }

        Visit at(String local) {
            this.time = local;
            return this;
        }

        Visit recordedAt(String local) {
            this.recorded = local;
            return this;
        }

        @Override
        public EventEnvelope envelope() {
            return Facts.envelope("ev-" + id, person.masked(), time, recorded, new Visited(id, kind, person.surname(),
                    person.masked(), person.hash(), "consultant-1", registrationId, form, accompanied, referrerHash,
                    insider, nonClient));
        }
    }

    static Fact formSigned(String visitId, Person person, VisitForm form, String local) {
        return () -> Facts.envelope("ev-sign-" + visitId, person.masked(), local, null, new VisitFormSigned(visitId, form));
    }

    // ---- purchase ----

    static Buy purchase(String id) {
        return new Buy(id);
    }

    static final class Buy implements Fact {
        private final String id;
        private Purchased.Stage stage = Purchased.Stage.SUBSCRIPTION;
        private Person buyer;
        private UnitType unitType = UnitType.RESIDENTIAL;
        private Purchased.RelatedParty related;
        private boolean insider;
        private String time;
        private String recorded;

        Buy(String id) {
            this.id = id;
        }

        Buy by(Person p) {
            this.buyer = p;
            return this;
        }

        Buy contract() {
            this.stage = Purchased.Stage.CONTRACT;
            return this;
        }

        Buy unit(UnitType type) {
            this.unitType = type;
            return this;
        }

        Buy relatedTo(Person p, Purchased.Relation relation, String... evidence) {
            this.related = new Purchased.RelatedParty(p.surname(), p.masked(), p.hash(), relation, List.of(evidence));
            return this;
        }

        Buy insider() {
            this.insider = true;
            return this;
        }

        Buy at(String local) {
            this.time = local;
            return this;
        }

        Buy recordedAt(String local) {
            this.recorded = local;
            return this;
        }

        @Override
        public EventEnvelope envelope() {
            String eventId = "ev-" + id + (stage == Purchased.Stage.CONTRACT ? "-contract" : "");
            return Facts.envelope(eventId, buyer.masked(), time, recorded, new Purchased(id, stage, "unit-" + id,
                    unitType, new BigDecimal("1500000.00"), buyer.surname(), buyer.masked(), buyer.hash(), "consultant-1",
                    related, insider));
        }
    }

    static Fact cancelled(String purchaseId, Person buyer, String local) {
        return () -> Facts.envelope("ev-cancel-" + purchaseId, buyer.masked(), local, null,
                new PurchaseCancelled(purchaseId, "buyer withdrew"));
    }

    // ---- disputes ----

    static Dispute dispute(String id) {
        return new Dispute(id);
    }

    static final class Dispute implements Fact {
        private final String id;
        private String channel = "A";
        private Disputed.Kind kind = Disputed.Kind.OWNERSHIP;
        private Person person;
        private String registrationId;
        private String purchaseId;
        private List<String> evidence = List.of("call-record-1");
        private String time;

        Dispute(String id) {
            this.id = id;
        }

        Dispute by(String channelId) {
            this.channel = channelId;
            return this;
        }

        Dispute about(Person p) {
            this.person = p;
            return this;
        }

        Dispute citing(String registration) {
            this.registrationId = registration;
            return this;
        }

        Dispute lateClaim(String purchase) {
            this.kind = Disputed.Kind.LATE_CLAIM;
            this.purchaseId = purchase;
            return this;
        }

        Dispute withoutEvidence() {
            this.evidence = List.of();
            return this;
        }

        Dispute at(String local) {
            this.time = local;
            return this;
        }

        @Override
        public EventEnvelope envelope() {
            return Facts.envelope("ev-" + id, person.masked(), time, null, new Disputed(id, channel, channel + "-agent",
                    kind, person.surname(), person.masked(), registrationId, purchaseId, evidence, "statement"));
        }
    }

    static Ruling ruling(String disputeId) {
        return new Ruling(disputeId);
    }

    static final class Ruling implements Fact {
        private final String disputeId;
        private DisputeRuled.OwnerKind kind = DisputeRuled.OwnerKind.CHANNEL;
        private String channel;
        private DisputeRuled.Level level = DisputeRuled.Level.SITE_MANAGER;
        private Person person;
        private final List<String> linked = new ArrayList<>();
        private String time;
        private String suffix = "";

        Ruling(String disputeId) {
            this.disputeId = disputeId;
        }

        Ruling about(Person p) {
            this.person = p;
            return this;
        }

        Ruling toChannel(String channelId) {
            this.kind = DisputeRuled.OwnerKind.CHANNEL;
            this.channel = channelId;
            return this;
        }

        Ruling toOffice() {
            this.kind = DisputeRuled.OwnerKind.OFFICE;
            this.channel = null;
            return this;
        }

        Ruling byMarketing() {
            this.level = DisputeRuled.Level.MARKETING_MANAGER;
            this.suffix = "-marketing";
            return this;
        }

        Ruling linking(Person other) {
            linked.add(other.masked());
            return this;
        }

        Ruling at(String local) {
            this.time = local;
            return this;
        }

        @Override
        public EventEnvelope envelope() {
            return Facts.envelope("ev-ruling-" + disputeId + suffix, person.masked(), time, null, new DisputeRuled(disputeId,
                    kind, channel, channel == null ? null : channel + "-agent", "rationale", "manager-1", level, linked));
        }
    }
}
