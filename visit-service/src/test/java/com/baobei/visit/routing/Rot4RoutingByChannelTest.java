package com.baobei.visit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.visit.rotation.Reception;
import com.baobei.visit.rotation.ReceiveRouted;
import com.baobei.visit.rotation.Rotation;
import com.baobei.visit.rotation.RotationSet;
import com.baobei.visit.rotation.TurnTaken;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * ROT-4 as 和成璟园 routes it (12分销渠道案场管理制度 一): 搜房 (soufang)'s clients go to the rotation among 世联 (shilian)
 * and 伟业 (weiye)'s consultants, 链家 (lianjia)'s to 世联 alone, any other channel's into the general rotation; a
 * consultant taking a routed channel's client outside the routing poaches it (COM-4: 10万元 for the company).
 */
class Rot4RoutingByChannelTest {

    static final Route SOUFANG = new Route("soufang", List.of("shilian", "weiye"));
    static final Route LIANJIA = new Route("lianjia", List.of("shilian"));
    /** The day's queue at the joint office, head first, and each consultant's agency. */
    static final List<String> QUEUE = List.of("hf-1", "wy-1", "sl-1", "sl-2");
    static final Map<String, String> AGENCY = Map.of("hf-1", "hefu", "wy-1", "weiye", "sl-1", "shilian",
            "sl-2", "shilian");
    static final String ID = "hongtai:hecheng:2025-03-02";

    @Test
    void rot4_soufangs_clients_go_to_the_rotation_among_shilian_and_weiye_only() {
        assertThat(Rot4RoutingByChannel.eligible(SOUFANG, QUEUE, AGENCY::get)).containsExactly("wy-1", "sl-1", "sl-2");
    }

    @Test
    void rot4_lianjias_clients_go_to_shilian_alone() {
        assertThat(Rot4RoutingByChannel.eligible(LIANJIA, QUEUE, AGENCY::get)).containsExactly("sl-1", "sl-2");
    }

    @Test
    void rot4_the_first_of_the_routed_agencies_in_the_queue_receives_and_goes_to_the_back_the_head_keeps_its_place() {
        new AggregateTestFixture<>(Rotation.class)
                .given(set())
                .when(new ReceiveRouted(ID, "v-1", "lianjia", Rot4RoutingByChannel.eligible(LIANJIA, QUEUE, AGENCY::get)))
                .expectResultMessagePayloadMatching(receivedBy("sl-1", true, List.of("ROT-4", "ROT-1")))
                .expectEvents(new TurnTaken(ID, "v-1", "sl-1", List.of("hf-1", "wy-1", "sl-2", "sl-1")));
    }

    @Test
    void rot4_the_next_soufang_client_goes_to_the_next_of_its_agencies() {
        new AggregateTestFixture<>(Rotation.class)
                .given(set(), new TurnTaken(ID, "v-1", "wy-1", List.of("hf-1", "sl-1", "sl-2", "wy-1")))
                .when(new ReceiveRouted(ID, "v-2", "soufang", List.of("wy-1", "sl-1", "sl-2")))
                .expectResultMessagePayloadMatching(receivedBy("sl-1", true, List.of("ROT-4", "ROT-1")))
                .expectEvents(new TurnTaken(ID, "v-2", "sl-1", List.of("hf-1", "sl-2", "wy-1", "sl-1")));
    }

    @Test
    void rot4_with_none_of_the_routed_agencies_on_duty_the_desk_is_told_and_nobody_moves() {
        new AggregateTestFixture<>(Rotation.class)
                .given(set())
                .when(new ReceiveRouted(ID, "v-3", "lianjia", List.of()))
                .expectException(ConflictingStateException.class)
                .expectNoEvents();
    }

    @Test
    void rot4_com4_a_consultant_of_another_agency_taking_lianjias_client_is_poaching_and_is_flagged() {
        Reception poached = Rot4RoutingByChannel.named(LIANJIA, "hf-1", "hefu");
        assertThat(poached.consultantId()).isEqualTo("hf-1");
        assertThat(poached.outsideRouting()).isTrue();
        assertThat(poached.ruleIds()).containsExactly("ROT-4", "COM-4");
        assertThat(poached.reason()).contains("outside the routing", "lianjia", "shilian", "hefu", "poaching");
        assertThat(poached.turnTaken()).isFalse();
    }

    @Test
    void rot4_a_consultant_of_a_routed_agency_named_by_the_desk_is_inside_the_routing() {
        Reception inside = Rot4RoutingByChannel.named(SOUFANG, "wy-1", "weiye");
        assertThat(inside.outsideRouting()).isFalse();
        assertThat(inside.ruleIds()).containsExactly("ROT-4");
    }

    @Test
    void rot4_a_consultant_of_no_agency_is_outside_every_route() {
        assertThat(Rot4RoutingByChannel.named(SOUFANG, "own-1", null).outsideRouting()).isTrue();
        assertThat(Rot4RoutingByChannel.eligible(LIANJIA, List.of("own-1", "sl-1"),
                c -> c.equals("sl-1") ? "shilian" : null)).containsExactly("sl-1");
    }

    @Test
    void rot4_a_channel_has_one_route_and_a_route_names_its_agencies_once() {
        SetRouting twice = new SetRouting("hongtai:hecheng:routing", "hongtai", "hecheng", List.of(SOUFANG,
                new Route("soufang", List.of("hefu"))), "sm-li", Instant.EPOCH);
        new AggregateTestFixture<>(ReceptionRouting.class).givenNoPriorActivity().when(twice)
                .expectException(InvalidCommandException.class);
        SetRouting empty = new SetRouting("hongtai:hecheng:routing", "hongtai", "hecheng",
                List.of(new Route("lianjia", List.of())), "sm-li", Instant.EPOCH);
        new AggregateTestFixture<>(ReceptionRouting.class).givenNoPriorActivity().when(empty)
                .expectException(InvalidCommandException.class);
        SetRouting ok = new SetRouting("hongtai:hecheng:routing", "hongtai", "hecheng", List.of(SOUFANG, LIANJIA),
                "sm-li", Instant.EPOCH);
        new AggregateTestFixture<>(ReceptionRouting.class).givenNoPriorActivity().when(ok)
                .expectEvents(new RoutingSet("hongtai:hecheng:routing", "hongtai", "hecheng", List.of(SOUFANG, LIANJIA),
                        "sm-li", Instant.EPOCH));
    }

    private static RotationSet set() {
        return new RotationSet(ID, "hongtai", "hecheng", LocalDate.parse("2025-03-02"), QUEUE, "sm-li", Instant.EPOCH);
    }

    private static org.hamcrest.Matcher<Reception> receivedBy(String consultant, boolean turn, List<String> rules) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Reception r) {
                return r.consultantId().equals(consultant) && r.turnTaken() == turn && r.ruleIds().equals(rules);
            }

            @Override
            public void describeTo(org.hamcrest.Description d) {
                d.appendText("received by " + consultant + " turn " + turn + " rules " + rules);
            }
        };
    }
}
