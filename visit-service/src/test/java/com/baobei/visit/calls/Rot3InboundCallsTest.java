package com.baobei.visit.calls;

import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import com.baobei.visit.shared.PhoneRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ROT-3 as the joint office of 渠道联合案场管理规定 一 runs it: the agencies (世联 shilian, 伟业 weiye, 合富 hefu) take the
 * hotline one day each in the weekly rota's order; a call belongs to the agency that took it, which is the one on
 * duty unless it could not take calls and another answered for it.
 */
class Rot3InboundCallsTest {

    static final String ROTA = "hongtai:binjiang:calls";
    static final LocalDate MONDAY = LocalDate.parse("2025-03-03");
    static final Instant AT = Instant.parse("2025-03-01T09:00:00Z");
    static final PhoneRef CALLER = new PhoneRef("138****5678", "hash-wang");

    /** A fresh fixture per given/when: each scenario starts from its own history. */
    static AggregateTestFixture<CallRota> fixture() {
        return new AggregateTestFixture<>(CallRota.class);
    }

    static CallRotaSet rota(LocalDate from, String... agencies) {
        return new CallRotaSet(ROTA, "hongtai", "binjiang", from, List.of(agencies), "sm-li", AT);
    }

    static TakeCall call(String id, LocalDate day, String takenBy) {
        return new TakeCall(ROTA, id, day, day.atTime(2, 0).toInstant(java.time.ZoneOffset.UTC), "王", CALLER, takenBy,
                "cs-zhao");
    }

    static CallTaken taken(String id, LocalDate day, String onDuty, String owner, String reason) {
        TakeCall c = call(id, day, null);
        return new CallTaken(id, ROTA, "hongtai", "binjiang", day, c.calledAt(), "王", CALLER, onDuty, owner,
                List.of("ROT-3"), reason, "cs-zhao");
    }

    @ParameterizedTest(name = "day {0} of the rota: {1} is on duty")
    @CsvSource({"0, shilian", "1, weiye", "2, hefu", "3, shilian", "6, shilian", "7, weiye"})
    void rot3_the_agencies_take_the_hotline_one_day_each_in_the_rotas_order(int day, String onDuty) {
        LocalDate date = MONDAY.plusDays(day);
        fixture().given(rota(MONDAY, "shilian", "weiye", "hefu"))
                .when(call("call-1", date, null))
                .expectEvents(taken("call-1", date, onDuty, onDuty,
                        "agency " + onDuty + " is on the hotline that day and took the call"));
    }

    @Test
    void rot3_a_call_taken_for_an_agency_that_could_not_answer_belongs_to_the_agency_that_took_it() {
        fixture().given(rota(MONDAY, "shilian", "weiye"))
                .when(call("call-2", MONDAY, "weiye"))
                .expectEvents(taken("call-2", MONDAY, "shilian", "weiye", "agency shilian was on duty but could not "
                        + "take calls; the call belongs to weiye, which took it"));
    }

    @Test
    void rot3_next_weeks_rota_takes_over_from_its_first_day_and_this_weeks_days_keep_theirs() {
        LocalDate nextMonday = MONDAY.plusDays(7);
        fixture().given(rota(MONDAY, "shilian", "weiye"), rota(nextMonday, "hefu", "shilian"))
                .when(call("call-3", nextMonday.minusDays(1), null))
                .expectEvents(taken("call-3", nextMonday.minusDays(1), "shilian", "shilian",
                        "agency shilian is on the hotline that day and took the call"));
        fixture().given(rota(MONDAY, "shilian", "weiye"), rota(nextMonday, "hefu", "shilian"))
                .when(call("call-4", nextMonday, null))
                .expectEvents(taken("call-4", nextMonday, "hefu", "hefu",
                        "agency hefu is on the hotline that day and took the call"));
    }

    @Test
    void rot3_a_rota_set_again_for_the_same_day_replaces_it() {
        fixture().given(rota(MONDAY, "shilian", "weiye"), rota(MONDAY, "weiye", "shilian"))
                .when(call("call-5", MONDAY, null))
                .expectEvents(taken("call-5", MONDAY, "weiye", "weiye",
                        "agency weiye is on the hotline that day and took the call"));
    }

    @Test
    void rot3_without_a_rota_for_the_day_nobody_is_on_duty_and_nothing_is_stored() {
        fixture().givenNoPriorActivity()
                .when(call("call-6", MONDAY, null))
                .expectException(ConflictingStateException.class).expectNoEvents();
        fixture().given(rota(MONDAY, "shilian"))
                .when(call("call-7", MONDAY.minusDays(1), null))
                .expectException(ConflictingStateException.class).expectNoEvents();
    }

    @Test
    void rot3_only_an_agency_of_the_rota_answers_for_another() {
        fixture().given(rota(MONDAY, "shilian", "weiye"))
                .when(call("call-8", MONDAY, "lianjia"))
                .expectException(InvalidCommandException.class).expectNoEvents();
    }

    @Test
    void rot3_a_rota_names_each_agency_once_and_at_least_one() {
        fixture().givenNoPriorActivity()
                .when(new SetCallRota(ROTA, "hongtai", "binjiang", MONDAY, List.of("shilian", "shilian"), "sm-li", AT))
                .expectException(InvalidCommandException.class);
        fixture().givenNoPriorActivity()
                .when(new SetCallRota(ROTA, "hongtai", "binjiang", MONDAY, List.of(), "sm-li", AT))
                .expectException(InvalidCommandException.class);
        fixture().givenNoPriorActivity()
                .when(new SetCallRota(ROTA, "hongtai", "binjiang", MONDAY, List.of("shilian", "weiye"), "sm-li", AT))
                .expectEvents(rota(MONDAY, "shilian", "weiye"));
    }
}
