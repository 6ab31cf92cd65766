package com.baobei.attribution.support;

import com.baobei.contracts.Ids;
import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.EventData;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventTypes;
import com.baobei.contracts.Phones;
import com.baobei.contracts.Topics;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.Visited;
import com.baobei.platform.testing.TestTokens;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds input events of one project in the published language, as the producer services would. */
public final class TestEvents {

    private static final String SECRET = "attribution-test-secret";

    public final String tenant;
    public final String project;
    private final String unique;

    public TestEvents(String tenant, String project) {
        this.tenant = tenant;
        this.project = project;
        this.unique = Integer.toHexString((tenant + project).hashCode());
    }

    /**
     * The id a test calls "r-1" as this project knows it: registration, visit, purchase and dispute
     * ids are unique across projects, as the producers make them.
     */
    public String id(String name) {
        return name == null ? null : name + "-" + unique;
    }

    /** A project of its own, so tests sharing the broker and the database never see each other's decisions. */
    public static TestEvents freshProject(String label) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new TestEvents("t-" + label + "-" + unique, "p-" + label + "-" + unique);
    }

    public String projectKey() {
        return ClientKeys.projectKey(tenant, project);
    }

    public String clientKey(String maskedPhone) {
        return ClientKeys.clientKey(tenant, project, maskedPhone);
    }

    /** A token of this project's tenant admin, who reads everything of the tenant. */
    public String admin() {
        return tenantAdmin(tenant);
    }

    public static String tenantAdmin(String tenant) {
        return TestTokens.shared().of("TENANT_ADMIN", tenant);
    }

    public static Topics.Topic topicOf(EventEnvelope event) {
        return event.source().equals(EventTypes.REGISTRATION_SERVICE) ? Topics.REGISTRATION_EVENTS : Topics.VISIT_EVENTS;
    }

    public EventEnvelope registered(String registrationId, String channelId, String surname, String maskedPhone,
                                    Instant at) {
        return envelope(maskedPhone, at, new Registered(id(registrationId), channelId, Registered.ChannelKind.AGENCY,
                "ag-" + channelId, surname, maskedPhone, null, List.of(), Registered.Intake.API, null));
    }

    /** A client's visit; with a registration id, the form names it and everyone signed (confirmed, VIS-1). */
    public EventEnvelope visited(String visitId, String surname, String maskedPhone, String registrationId, Instant at) {
        VisitForm form = registrationId == null ? VisitForm.NONE : new VisitForm("ag-sig", "cs-sig", "sm-sig", false, null);
        return envelope(maskedPhone, at, new Visited(id(visitId), Visited.Kind.CLIENT, surname, maskedPhone,
                hash(maskedPhone), "cs-1", id(registrationId), form, null, null, false, null));
    }

    public EventEnvelope purchased(String purchaseId, UnitType unitType, String amount, String surname, String maskedPhone,
                                   Instant at) {
        return envelope(maskedPhone, at, new Purchased(id(purchaseId), Purchased.Stage.SUBSCRIPTION, "u-" + purchaseId,
                unitType, new BigDecimal(amount), surname, maskedPhone, hash(maskedPhone), "cs-2", null, false));
    }

    public EventEnvelope disputed(String disputeId, String channelId, String surname, String maskedPhone,
                                  String registrationId, Instant at) {
        return envelope(maskedPhone, at, new Disputed(id(disputeId), channelId, "ag-" + channelId, Disputed.Kind.OWNERSHIP,
                surname, maskedPhone, id(registrationId), null, List.of("evidence-1"), "we registered first"));
    }

    public EventEnvelope ruled(String disputeId, String channelId, String maskedPhone, Instant at) {
        return envelope(maskedPhone, at, new DisputeRuled(id(disputeId),
                channelId == null ? DisputeRuled.OwnerKind.OFFICE : DisputeRuled.OwnerKind.CHANNEL, channelId,
                channelId == null ? null : "ag-" + channelId, "evidence checked", "sm-1",
                DisputeRuled.Level.SITE_MANAGER, List.of()));
    }

    private EventEnvelope envelope(String maskedPhone, Instant at, EventData data) {
        return EventEnvelope.of(Ids.newId(), tenant, project, clientKey(maskedPhone), at,
                at.plusSeconds(1), data);
    }

    /** The office's keyed hash of a number that masks to this one (tests only ever hold made-up numbers). */
    private static String hash(String maskedPhone) {
        return Phones.keyedHash(SECRET, maskedPhone.replace("****", "0000"));
    }
}
