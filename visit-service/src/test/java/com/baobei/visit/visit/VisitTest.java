package com.baobei.visit.visit;

import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.Visited.Kind;
import com.baobei.contracts.visit.Visited.NonClientReason;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import com.baobei.visit.shared.PhoneRef;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VisitTest {

    static final Instant AT = Instant.parse("2025-03-02T06:41:00Z");
    static final PhoneRef WANG = new PhoneRef("138****5678", "a".repeat(64));
    static final VisitForm TWO_SIGNED = new VisitForm("sig-agent", "sig-consultant", null, false, null);

    private AggregateTestFixture<Visit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Visit.class);
    }

    static RecordVisit channelVisit(VisitForm form) {
        return new RecordVisit("v-1", "hongtai", "binjiang", Kind.CLIENT, "王", WANG, "cs-zhao", "reg-1", form,
                null, null, false, null, AT, "cs-zhao", false);
    }

    static VisitRecorded recorded(RecordVisit c) {
        return new VisitRecorded(c.visitId(), c.tenantId(), c.projectId(), c.kind(), c.clientSurname(), c.client(),
                c.consultantId(), c.registrationId(), c.form() == null ? VisitForm.NONE : c.form(),
                c.accompaniedVisitId(), c.referrerPhoneHash(), c.insider(), c.nonClientReason(), c.visitedAt(),
                c.recordedBy(), c.turnTaken());
    }

    @Test
    void a_channel_brought_visit_is_recorded_with_its_form_as_it_stands() {
        RecordVisit command = channelVisit(TWO_SIGNED);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded(command));
    }

    @Test
    void a_natural_visit_without_a_form_gets_the_empty_form() {
        RecordVisit command = new RecordVisit("v-2", "hongtai", "binjiang", Kind.CLIENT, "王", WANG, "cs-sun", null,
                null, null, null, false, null, AT, "cs-sun", true);
        fixture.givenNoPriorActivity().when(command).expectEvents(recorded(command));
    }

    @Test
    void a_market_researcher_is_no_client() {
        RecordVisit command = new RecordVisit("v-3", "hongtai", "binjiang", Kind.NON_CLIENT, null, null, "cs-last",
                null, null, null, null, false, NonClientReason.MARKET_RESEARCHER, AT, "sm-li", false);
        fixture.givenNoPriorActivity().when(command).expectEvents(recorded(command));
    }

    @Test
    void a_non_client_with_a_number_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordVisit("v-3", "hongtai", "binjiang", Kind.NON_CLIENT, "王", WANG, null, null, null,
                        null, null, false, NonClientReason.VENDOR, AT, "sm-li", false))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void a_companion_names_the_visit_they_came_with() {
        fixture.givenNoPriorActivity()
                .when(new RecordVisit("v-4", "hongtai", "binjiang", Kind.COMPANION, "李", WANG, "cs-zhao", "reg-1",
                        null, null, null, false, null, AT, "cs-zhao", false))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("VIS-3: a companion names the visit they came with");
    }

    @Test
    void a_form_without_a_registration_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordVisit("v-5", "hongtai", "binjiang", Kind.CLIENT, "王", WANG, "cs-zhao", null,
                        TWO_SIGNED, null, null, false, null, AT, "cs-zhao", false))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void the_last_signature_confirms_the_form() {
        Instant later = AT.plusSeconds(600);
        fixture.given(recorded(channelVisit(TWO_SIGNED)))
                .when(new SignVisitForm("v-1", null, null, "sig-manager", false, null, later, "sm-li"))
                .expectEvents(new VisitFormChanged("v-1", "hongtai", "binjiang", "138****5678",
                        new VisitForm("sig-agent", "sig-consultant", "sig-manager", false, null), later, "sm-li"));
    }

    @Test
    void the_site_manager_may_instead_mark_the_form_invalid() {
        fixture.given(recorded(channelVisit(TWO_SIGNED)))
                .when(new SignVisitForm("v-1", null, null, null, true, "经纪人未陪同", AT, "sm-li"))
                .expectEvents(new VisitFormChanged("v-1", "hongtai", "binjiang", "138****5678",
                        new VisitForm("sig-agent", "sig-consultant", null, true, "经纪人未陪同"), AT, "sm-li"));
    }

    @Test
    void a_confirmed_form_is_final() {
        VisitForm confirmed = new VisitForm("a", "c", "m", false, null);
        fixture.given(recorded(channelVisit(confirmed)))
                .when(new SignVisitForm("v-1", null, null, null, true, "too late", AT, "sm-li"))
                .expectException(ConflictingStateException.class)
                .expectNoEvents();
    }

    @Test
    void a_given_signature_is_not_replaced() {
        fixture.given(recorded(channelVisit(TWO_SIGNED)))
                .when(new SignVisitForm("v-1", "another-agent", null, null, false, null, AT, "cs-zhao"))
                .expectException(ConflictingStateException.class)
                .expectNoEvents();
    }

    @Test
    void signing_nothing_is_refused() {
        fixture.given(recorded(channelVisit(TWO_SIGNED)))
                .when(new SignVisitForm("v-1", "sig-agent", null, null, false, null, AT, "cs-zhao"))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void a_natural_visit_has_no_form_to_sign() {
        RecordVisit natural = new RecordVisit("v-1", "hongtai", "binjiang", Kind.CLIENT, "王", WANG, "cs-sun", null,
                null, null, null, false, null, AT, "cs-sun", true);
        fixture.given(recorded(natural))
                .when(new SignVisitForm("v-1", "sig", null, null, false, null, AT, "cs-sun"))
                .expectException(ConflictingStateException.class);
    }
}
