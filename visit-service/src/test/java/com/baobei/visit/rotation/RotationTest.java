package com.baobei.visit.rotation;

import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RotationTest {

    static final String ID = "hongtai:binjiang:2025-03-02";
    static final LocalDate DAY = LocalDate.parse("2025-03-02");
    static final Instant AT = Instant.parse("2025-03-02T01:00:00Z");

    private AggregateTestFixture<Rotation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Rotation.class);
    }

    static RotationSet set(String... consultants) {
        return new RotationSet(ID, "hongtai", "binjiang", DAY, List.of(consultants), "sm-li", AT);
    }

    @Test
    void the_site_manager_sets_the_days_queue() {
        fixture.givenNoPriorActivity()
                .when(new SetRotation(ID, "hongtai", "binjiang", DAY, List.of("a", "b", "c"), "sm-li", AT))
                .expectEvents(set("a", "b", "c"));
    }

    @Test
    void setting_it_again_replaces_the_queue() {
        fixture.given(set("a", "b", "c"))
                .when(new SetRotation(ID, "hongtai", "binjiang", DAY, List.of("c", "d"), "sm-li", AT))
                .expectEvents(set("c", "d"));
    }

    @Test
    void nobody_on_duty_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new SetRotation(ID, "hongtai", "binjiang", DAY, List.of(), "sm-li", AT))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void a_consultant_is_on_duty_once() {
        fixture.givenNoPriorActivity()
                .when(new SetRotation(ID, "hongtai", "binjiang", DAY, List.of("a", "b", "a"), "sm-li", AT))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void rot1_the_head_receives_a_natural_visit_and_goes_to_the_back() {
        fixture.given(set("a", "b", "c"))
                .when(new ReceiveNaturalVisit(ID, "v-1", null))
                .expectResultMessagePayload(Reception.by("a", true, "ROT-1",
                        "the head of the day's rotation receives and goes to the back"))
                .expectEvents(new TurnTaken(ID, "v-1", "a", List.of("b", "c", "a")));
    }

    @Test
    void naming_another_consultant_receives_out_of_turn_and_moves_nobody() {
        fixture.given(set("a", "b", "c"))
                .when(new ReceiveNaturalVisit(ID, "v-1", "c"))
                .expectResultMessagePayload(Reception.by("c", false, "ROT-2",
                        "received out of turn by the consultant named (the one the client asked for)"))
                .expectNoEvents();
    }

    @Test
    void vis8_a_market_researcher_goes_to_the_last_and_takes_no_turn() {
        fixture.given(set("a", "b", "c"), new TurnTaken(ID, "v-1", "a", List.of("b", "c", "a")))
                .when(new ReceiveMarketResearcher(ID, "v-2"))
                .expectResultMessagePayload(Reception.by("a", false, "VIS-8",
                        "a market researcher is received by the last consultant in the rotation and takes no turn"))
                .expectNoEvents();
    }

    @Test
    void rot2_the_head_whose_client_declined_keeps_the_head() {
        fixture.given(set("a", "b", "c"))
                .when(new ReportDeclined(ID, null, "sm-li", AT))
                .expectEvents(new ServiceDeclined(ID, "a", false, List.of("a", "b", "c"), "sm-li", AT));
    }

    @Test
    void rot2_the_consultant_who_just_took_the_turn_gets_the_head_back() {
        fixture.given(set("a", "b", "c"), new TurnTaken(ID, "v-1", "a", List.of("b", "c", "a")))
                .when(new ReportDeclined(ID, "a", "cs-a", AT))
                .expectEvents(new ServiceDeclined(ID, "a", true, List.of("a", "b", "c"), "cs-a", AT));
    }

    @Test
    void rot2_anyone_else_cannot_claim_the_head() {
        fixture.given(set("a", "b", "c"), new TurnTaken(ID, "v-1", "a", List.of("b", "c", "a")))
                .when(new ReportDeclined(ID, "c", "cs-c", AT))
                .expectException(ConflictingStateException.class)
                .expectNoEvents();
    }
}
