package com.baobei.registration.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Registered.ChannelKind;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each entity that breaks a rule, and the one field the problem names. */
class MasterDataRulesTest {

    private static final LocalDate MARCH = LocalDate.parse("2026-03-01");
    private static final LocalDate APRIL = LocalDate.parse("2026-04-01");

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of(new TenantProfile(" ", true), "name"),
                Arguments.of(new TenantProfile("x".repeat(101), true), "name"),
                Arguments.of(new TenantProfile("鸿泰\u0007", true), "name"),
                Arguments.of(new TenantProfile("鸿泰 13812345678", true), "name"),
                Arguments.of(project("p:1", List.of(UnitType.OFFICE), MARCH, APRIL), "projectId"),
                Arguments.of(project("p1", List.of(), MARCH, APRIL), "unitTypes"),
                Arguments.of(project("p1", List.of(UnitType.OFFICE, UnitType.OFFICE), MARCH, APRIL), "unitTypes"),
                Arguments.of(project("p1", List.of(UnitType.OFFICE), APRIL, MARCH), "salesTo"),
                Arguments.of(new Channel("c1", "同城", null, null, null, List.of(), true), "kind"),
                Arguments.of(new Channel("c1", "同城", ChannelKind.AGENCY, APRIL, MARCH, List.of(), true), "agreementTo"),
                Arguments.of(new Channel("c1", "同城", ChannelKind.AGENCY, null, null, List.of("ok", "not ok"), true),
                        "projectIds[1]"),
                Arguments.of(new Channel("c1", "同城", ChannelKind.AGENCY, null, null, List.of("p", "p"), true),
                        "projectIds"),
                Arguments.of(new Agent("c1", "13812345678", "陈", true), "agentId"),
                Arguments.of(new Agent(null, "a1", "陈", true), "channelId"),
                Arguments.of(new Consultant("p1", "cs-1", "赵", "cs-1", null, true), "supervisorId"),
                Arguments.of(new Consultant("p1", "", "赵", null, null, true), "consultantId"),
                Arguments.of(new Consultant("p1", "cs-1", "赵", null, "世联:一部", true), "agencyId"),
                // issue 12: the contracts' one text policy (separators, full-width digits, direction characters)
                Arguments.of(new TenantProfile("鸿泰 138-1234-5678", true), "name"),
                Arguments.of(new Agent("c1", "a1", "陈１３８１２３４５６７８", true), "name"),
                Arguments.of(new Agent("c1", "a1", "\u202E陈", true), "name"),
                Arguments.of(new Project("p1", "滨江花园", "南门 138 1234 5678", null, null, null,
                        List.of(UnitType.OFFICE), true), "salesOffice"),
                // days a calendar holds: an extreme year is a 400, never a database error
                Arguments.of(new Project("p1", "滨江花园", null, LocalDate.of(999_999_999, 1, 1), null, null,
                        List.of(UnitType.OFFICE), true), "openingDate"),
                Arguments.of(project("p1", List.of(UnitType.OFFICE), LocalDate.of(-999_999_999, 1, 1), MARCH),
                        "salesFrom"),
                Arguments.of(new Channel("c1", "同城", ChannelKind.AGENCY, MARCH, LocalDate.of(999_999_999, 12, 31),
                        List.of(), true), "agreementTo"),
                Arguments.of(new Channel("c1", "同城", ChannelKind.AGENCY, null, null,
                        java.util.stream.IntStream.range(0, 501).mapToObj(i -> "p" + i).toList(), true),
                        "projectIds"));
    }

    @org.junit.jupiter.api.Test
    void a_full_number_alone_is_refused_content_not_a_malformed_request() {
        assertThat(MasterDataRules.onlyFullPhones(MasterDataRules.problems(new Agent("c1", "a1", "陈13812345678",
                true)))).isTrue();
        assertThat(MasterDataRules.onlyFullPhones(MasterDataRules.problems(new Agent("c1", "a1", "", true))))
                .isFalse();
    }

    @ParameterizedTest
    @MethodSource("broken")
    void the_problem_names_the_field(MasterEntity entity, String field) {
        assertThat(MasterDataRules.problems(entity)).extracting(Problem::field).containsExactly(field);
    }

    @ParameterizedTest
    @MethodSource("fine")
    void a_sound_entity_has_no_problem(MasterEntity entity) {
        assertThat(MasterDataRules.problems(entity)).isEmpty();
    }

    static Stream<MasterEntity> fine() {
        return Stream.of(new TenantProfile("鸿泰地产", false),
                project("binjiang-garden", List.of(UnitType.RESIDENTIAL, UnitType.PARKING), MARCH, MARCH),
                project("p.2_b", List.of(UnitType.STORAGE), null, null),
                new Channel("ch-own", "自有渠道", ChannelKind.OWN_CHANNEL, null, null, List.of(), true),
                new Agent("ch-1", "ag-0231", "陈晓", true),
                new Consultant("p1", "cs-zhao", "赵敏", "sm-liu", "shilian", true));
    }

    private static Project project(String id, List<UnitType> types, LocalDate from, LocalDate to) {
        return new Project(id, "滨江花园", null, null, from, to, types, true);
    }
}
