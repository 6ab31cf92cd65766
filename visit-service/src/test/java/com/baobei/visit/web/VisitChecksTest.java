package com.baobei.visit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.visit.Visited.Kind;
import com.baobei.contracts.visit.Visited.NonClientReason;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each kind of visit needs: one row per case, the fields at fault (empty when the visit is fine). */
class VisitChecksTest {

    static final Instant NOW = Instant.parse("2025-03-02T08:00:00Z");
    static final String PHONE = "13812345678";
    static final VisitRequest.FormRequest SIGNED = new VisitRequest.FormRequest("a", "c", null, null, null);

    static VisitRequest visit(Kind kind, String surname, String phone, Instant at, String consultant,
                              String registration, VisitRequest.FormRequest form, String accompanied,
                              String referrer, Boolean insider, NonClientReason reason) {
        return new VisitRequest("hongtai", "binjiang", kind, surname, phone, at, consultant, registration, form,
                accompanied, referrer, insider, reason);
    }

    static Stream<Arguments> cases() {
        Instant at = NOW.minusSeconds(600);
        return Stream.of(
                Arguments.of("natural first visit", visit(Kind.CLIENT, "王", PHONE, at, null, null, null, null, null, null, null), List.of()),
                Arguments.of("channel-brought, signed", visit(Kind.CLIENT, "王", PHONE, at, "cs-1", "reg-1", SIGNED, null, null, null, null), List.of()),
                Arguments.of("channel-brought without consultant", visit(Kind.CLIENT, "王", PHONE, at, null, "reg-1", SIGNED, null, null, null, null), List.of("consultantId")),
                Arguments.of("rot4: channel-brought naming its channel, the routing chooses", new VisitRequest("hongtai", "binjiang", Kind.CLIENT, "王", PHONE, at, null, "reg-1", SIGNED, null, null, null, null, "ch-1"), List.of()),
                Arguments.of("rot4: a channel without its registration", new VisitRequest("hongtai", "binjiang", Kind.CLIENT, "王", PHONE, at, "cs-1", null, null, null, null, null, null, "ch-1"), List.of("channelId")),
                Arguments.of("rot4: a companion names no channel", new VisitRequest("hongtai", "binjiang", Kind.COMPANION, "李", "13920462046", at, null, "reg-1", null, "v-1", null, null, null, "ch-1"), List.of("channelId")),
                Arguments.of("client without surname", visit(Kind.CLIENT, null, PHONE, at, null, null, null, null, null, null, null), List.of("clientSurname")),
                Arguments.of("client without phone", visit(Kind.CLIENT, "王", null, at, null, null, null, null, null, null, null), List.of("clientPhone")),
                Arguments.of("client with a non-client reason", visit(Kind.CLIENT, "王", PHONE, at, null, null, null, null, null, null, NonClientReason.VENDOR), List.of("nonClientReason")),
                Arguments.of("four minutes ahead is clock skew", visit(Kind.CLIENT, "王", PHONE, NOW.plusSeconds(240), null, null, null, null, null, null, null), List.of()),
                Arguments.of("an hour ahead", visit(Kind.CLIENT, "王", PHONE, NOW.plusSeconds(3600), null, null, null, null, null, null, null), List.of("visitedAt")),
                Arguments.of("two years ago", visit(Kind.CLIENT, "王", PHONE, NOW.minusSeconds(2 * 366 * 86400L), null, null, null, null, null, null, null), List.of("visitedAt")),
                Arguments.of("form without registration", visit(Kind.CLIENT, "王", PHONE, at, "cs-1", null, SIGNED, null, null, null, null), List.of("form")),
                Arguments.of("invalid form without reason", visit(Kind.CLIENT, "王", PHONE, at, "cs-1", "reg-1", new VisitRequest.FormRequest("a", null, null, true, null), null, null, null, null), List.of("form.invalidReason")),
                Arguments.of("reason on a valid form", visit(Kind.CLIENT, "王", PHONE, at, "cs-1", "reg-1", new VisitRequest.FormRequest("a", null, null, false, "x"), null, null, null, null), List.of("form.invalidReason")),
                Arguments.of("companion", visit(Kind.COMPANION, "李", "13920462046", at, null, "reg-1", null, "v-1", null, null, null), List.of()),
                Arguments.of("companion of nobody", visit(Kind.COMPANION, "李", "13920462046", at, null, null, null, null, null, null, null), List.of("accompaniedVisitId")),
                Arguments.of("client naming an accompanied visit", visit(Kind.CLIENT, "王", PHONE, at, null, null, null, "v-1", null, null, null), List.of("accompaniedVisitId")),
                Arguments.of("referred by themselves", visit(Kind.CLIENT, "王", PHONE, at, null, null, null, null, PHONE, null, null), List.of("referrerPhone")),
                Arguments.of("referred", visit(Kind.CLIENT, "王", PHONE, at, null, null, null, null, "13920462046", null, null), List.of()),
                Arguments.of("return visit", visit(Kind.RETURN, "王", PHONE, at, null, null, null, null, null, null, null), List.of()),
                Arguments.of("market researcher", visit(Kind.NON_CLIENT, null, null, at, null, null, null, null, null, null, NonClientReason.MARKET_RESEARCHER), List.of()),
                Arguments.of("non-client without reason", visit(Kind.NON_CLIENT, null, null, at, null, null, null, null, null, null, null), List.of("nonClientReason")),
                Arguments.of("non-client with client data", visit(Kind.NON_CLIENT, "王", PHONE, at, null, "reg-1", null, null, "13920462046", true, NonClientReason.VENDOR),
                        List.of("clientPhone", "clientSurname", "form", "insider", "referrerPhone", "registrationId").stream()
                                .filter(f -> !f.equals("form")).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fields_at_fault(String name, VisitRequest request, List<String> fields) {
        assertThat(VisitChecks.problems(request, NOW)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrderElementsOf(fields);
    }
}
