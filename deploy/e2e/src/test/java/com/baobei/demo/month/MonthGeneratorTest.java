package com.baobei.demo.month;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Phones;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered.ChannelKind;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.Visited;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MonthGeneratorTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);
    private final Month month = MonthGenerator.generate(MonthGenerator.DEFAULT_SEED, FIRST_DAY);

    @Test
    void the_same_seed_gives_the_same_month() {
        assertThat(MonthGenerator.generate(MonthGenerator.DEFAULT_SEED, FIRST_DAY)).isEqualTo(month);
        assertThat(MonthGenerator.generate(7, FIRST_DAY)).isEqualTo(MonthGenerator.generate(7, FIRST_DAY));
        assertThat(MonthGenerator.generate(7, FIRST_DAY).steps()).isNotEqualTo(month.steps());
    }

    @Test
    void the_first_day_only_moves_the_calendar() {
        Month later = MonthGenerator.generate(MonthGenerator.DEFAULT_SEED, FIRST_DAY.plusDays(45));
        assertThat(later.steps()).hasSameSizeAs(month.steps());
        assertThat(people(later)).isEqualTo(people(month));
    }

    @Test
    void two_developers_three_policies_eight_channels_of_every_kind() {
        assertThat(month.tenants()).hasSize(2);
        assertThat(month.projects()).extracting(p -> p.policy().validityMode())
                .containsExactlyInAnyOrder("SAME_DAY", "DAYS", "UNTIL_OPENING_PLUS_DAYS");
        assertThat(month.projects()).extracting(p -> p.policy().protectionDays()).contains(30, 7);
        // the projects start from presets of the seed's documents (ADR 0029), three different ones
        assertThat(month.projects()).extracting(p -> p.policy().preset())
                .containsExactlyInAnyOrder("damuzhi-plaza", "panke-system", "own-channel-online");
        Project preLaunch = month.projects().stream()
                .filter(p -> p.policy().validityMode().equals("UNTIL_OPENING_PLUS_DAYS")).findFirst().orElseThrow();
        assertThat(preLaunch.policy().validityDays()).isEqualTo(30);
        assertThat(preLaunch.policy().openingDay()).isBetween(month.firstDay(), month.lastDay());
        assertThat(month.channels()).hasSize(8);
        assertThat(month.channels()).extracting(Channel::kind).containsAll(Set.of(ChannelKind.values()));
        assertThat(month.channels()).allSatisfy(c -> assertThat(c.agents()).isNotEmpty());
        assertThat(month.projects()).allSatisfy(p -> assertThat(p.consultants()).hasSizeGreaterThanOrEqualTo(3));
        for (Project project : month.projects()) {
            assertThat(month.agreements()).filteredOn(a -> a.projectId().equals(project.id()))
                    .extracting(Agreement::channelId).containsExactlyInAnyOrderElementsOf(project.channelIds());
        }
        assertThat(month.agreements()).anyMatch(a -> a.tiers().size() > 1 && a.mode().equals("RETROACTIVE"));
        assertThat(month.agreements()).anyMatch(a -> a.tiers().size() > 1 && a.mode().equals("MARGINAL"));
    }

    @Test
    void chinese_names_and_mainland_mobile_numbers_each_number_once() {
        List<Person> people = people(month);
        assertThat(people).allSatisfy(p -> {
            assertThat(p.name()).matches("\\p{IsHan}{2,4}");
            assertThat(Phones.isFull(p.phone())).isTrue();
            assertThat(p.phone()).matches("1[358]\\d{9}");
        });
        Map<String, Set<String>> namesByMasked = new HashMap<>();
        people.forEach(p -> namesByMasked.computeIfAbsent(p.maskedPhone(), k -> new HashSet<>()).add(p.phone()));
        assertThat(namesByMasked.values()).allSatisfy(phones -> assertThat(phones).hasSize(1));
    }

    @Test
    void a_month_of_ordinary_life() {
        assertThat(month.steps(Step.Register.class)).hasSizeGreaterThan(300);
        assertThat(month.steps(Step.Visit.class)).hasSizeGreaterThan(200);
        assertThat(month.steps(Step.Subscribe.class)).hasSizeGreaterThan(20);
        assertThat(month.steps(Step.Contract.class)).isNotEmpty();
        assertThat(month.steps(Step.Rotation.class)).hasSize(3 * MonthGenerator.DAYS);
        assertThat(month.hardCases()).contains(HardCase.WALK_IN, HardCase.NON_CLIENT, HardCase.RETURN_VISIT,
                HardCase.RENEWAL, HardCase.REGISTRATION_LAPSE, HardCase.PROTECTION_LAPSE,
                HardCase.FORM_LATER_OR_INVALID);
    }

    @Test
    void every_hard_case_of_the_rulebook_is_there() {
        assertThat(month.hardCases()).containsExactlyInAnyOrder(HardCase.values());
    }

    @Test
    void dated_steps_come_in_business_time_order_inside_the_month_and_undated_ones_after() {
        Instant start = month.firstDay().atStartOfDay(month.zone()).toInstant();
        Instant end = month.feedDay().atStartOfDay(month.zone()).toInstant();
        Instant previous = start;
        boolean undated = false;
        for (Step step : month.steps()) {
            if (step.at() == null) {
                undated = true;
                continue;
            }
            assertThat(undated).as("a dated step after the undated ones").isFalse();
            assertThat(step.at()).isBetween(previous, end.minusSeconds(1));
            previous = step.at();
        }
    }

    @Test
    void every_ref_names_an_earlier_step_and_natural_visits_have_a_rotation() {
        Set<String> seen = new HashSet<>();
        Set<String> rotations = new HashSet<>();
        for (Step step : month.steps()) {
            if (step instanceof Step.Rotation r) {
                rotations.add(r.projectId() + r.day());
            } else if (step instanceof Step.Register r) {
                seen.add(r.ref());
            } else if (step instanceof Step.Visit v) {
                if (v.registrationRef() != null) {
                    assertThat(seen).contains(v.registrationRef());
                }
                if (v.accompaniedVisitRef() != null) {
                    assertThat(seen).contains(v.accompaniedVisitRef());
                }
                assertThat(rotations).contains(v.projectId() + LocalDate.ofInstant(v.at(), month.zone()));
                seen.add(v.ref());
            } else if (step instanceof Step.SignForm s) {
                assertThat(seen).contains(s.visitRef());
            } else if (step instanceof Step.Subscribe s) {
                seen.add(s.ref());
            } else if (step instanceof Step.Contract c) {
                assertThat(seen).contains(c.subscription().ref());
                assertThat(c.at()).isAfter(c.subscription().at());
            } else if (step instanceof Step.Cancel c) {
                assertThat(seen).contains(c.purchaseRef());
            } else if (step instanceof Step.Dispute d) {
                if (d.registrationRef() != null) {
                    assertThat(seen).contains(d.registrationRef());
                }
                if (d.purchaseRef() != null) {
                    assertThat(seen).contains(d.purchaseRef());
                }
                seen.add(d.ref());
            } else if (step instanceof Step.Ruling r) {
                assertThat(seen).contains(r.disputeRef());
            }
        }
    }

    @Test
    void a_clash_two_channels_one_client_one_day() {
        assertThat(registrationsByClient().values()).anySatisfy(regs -> {
            Set<String> channels = regs.stream().map(Step.Register::channelId).collect(Collectors.toSet());
            Set<LocalDate> days = regs.stream().map(r -> day(r.at())).collect(Collectors.toSet());
            assertThat(channels).hasSizeGreaterThanOrEqualTo(2);
            assertThat(days).hasSize(1);
        });
    }

    @Test
    void a_late_registration_less_than_thirty_minutes_before_its_visit() {
        Map<String, Step.Register> byRef = month.steps(Step.Register.class).stream().filter(r -> !r.live())
                .collect(Collectors.toMap(Step.Register::ref, r -> r));
        assertThat(month.steps(Step.Visit.class)).anySatisfy(v -> {
            assertThat(v.registrationRef()).isNotNull();
            Duration lead = Duration.between(byRef.get(v.registrationRef()).at(), v.at());
            assertThat(lead).isPositive().isLessThan(Duration.ofMinutes(30));
        });
    }

    @Test
    void a_channel_registers_one_client_more_than_three_times() {
        Map<String, Long> counts = month.steps(Step.Register.class).stream()
                .collect(Collectors.groupingBy(r -> r.projectId() + r.channelId() + r.client().phone(),
                        Collectors.counting()));
        assertThat(counts.values()).anyMatch(n -> n > 3);
    }

    @Test
    void a_poor_day_ten_or_more_registrations_fewer_than_half_visited() {
        Set<String> visited = month.steps(Step.Visit.class).stream().filter(v -> v.client() != null)
                .map(v -> v.projectId() + v.client().phone()).collect(Collectors.toSet());
        Map<String, List<Step.Register>> byChannelDay = month.steps(Step.Register.class).stream()
                .filter(r -> !r.live())
                .collect(Collectors.groupingBy(r -> r.projectId() + r.channelId() + day(r.at())));
        assertThat(byChannelDay.values()).anySatisfy(regs -> {
            assertThat(regs).hasSizeGreaterThanOrEqualTo(10);
            long came = regs.stream().filter(r -> visited.contains(r.projectId() + r.client().phone())).count();
            assertThat(came * 2).isLessThan(regs.size());
        });
    }

    @Test
    void a_spouse_buys_in_her_own_name_related_to_a_confirmed_client() {
        Set<String> brought = month.steps(Step.Visit.class).stream().filter(v -> v.registrationRef() != null)
                .map(v -> v.client().phone()).collect(Collectors.toSet());
        assertThat(month.steps(Step.Subscribe.class)).anySatisfy(s -> {
            assertThat(s.related()).isNotNull();
            assertThat(s.related().evidenceRefs()).isNotEmpty();
            assertThat(brought).contains(s.related().person().phone()).doesNotContain(s.buyer().phone());
        });
    }

    @Test
    void a_companion_buys_on_the_spot() {
        List<Step.Visit> companions = month.steps(Step.Visit.class).stream()
                .filter(v -> v.kind() == Visited.Kind.COMPANION).toList();
        assertThat(month.steps(Step.Subscribe.class)).anySatisfy(s -> assertThat(companions).anySatisfy(c -> {
            assertThat(c.client()).isEqualTo(s.buyer());
            assertThat(day(c.at())).isEqualTo(day(s.at()));
        }));
    }

    @Test
    void a_buyer_refers_a_friend_who_buys() {
        Map<String, Instant> subscribed = new HashMap<>();
        month.steps(Step.Subscribe.class).forEach(s -> subscribed.putIfAbsent(s.buyer().phone(), s.at()));
        assertThat(month.steps(Step.Visit.class)).anySatisfy(v -> {
            assertThat(v.referrer()).isNotNull();
            assertThat(subscribed.get(v.referrer().phone())).isBefore(v.at());
            assertThat(subscribed).containsKey(v.client().phone());
        });
    }

    @Test
    void late_claims_one_inside_the_window_one_past_it() {
        Map<String, Step.Subscribe> purchases = month.steps(Step.Subscribe.class).stream()
                .collect(Collectors.toMap(Step.Subscribe::ref, s -> s));
        List<Long> daysAfterDeposit = new ArrayList<>();
        for (Step.Dispute d : month.steps(Step.Dispute.class)) {
            if (d.kind() == Disputed.Kind.LATE_CLAIM) {
                daysAfterDeposit.add(Duration.between(day(purchases.get(d.purchaseRef()).at()).atStartOfDay(),
                        month.feedDay().atStartOfDay()).toDays());
            }
        }
        assertThat(daysAfterDeposit).anyMatch(days -> days < 3).anyMatch(days -> days >= 3);
    }

    @Test
    void cancellations_disputes_rulings_at_both_levels_and_fines() {
        assertThat(month.steps(Step.Cancel.class)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(month.steps(Step.Dispute.class)).hasSizeGreaterThanOrEqualTo(3)
                .extracting(Step.Dispute::kind).contains(Disputed.Kind.OWNERSHIP, Disputed.Kind.LATE_CLAIM);
        assertThat(month.steps(Step.Dispute.class)).allSatisfy(d -> assertThat(d.evidenceRefs()).isNotEmpty());
        assertThat(month.steps(Step.Ruling.class)).extracting(Step.Ruling::level)
                .contains(DisputeRuled.Level.SITE_MANAGER, DisputeRuled.Level.MARKETING_MANAGER);
        assertThat(month.steps(Step.Fine.class)).hasSizeGreaterThanOrEqualTo(2);
    }

    private Map<String, List<Step.Register>> registrationsByClient() {
        return month.steps(Step.Register.class).stream().filter(r -> !r.live())
                .collect(Collectors.groupingBy(r -> r.projectId() + r.client().phone()));
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, month.zone());
    }

    private static List<Person> people(Month month) {
        List<Person> people = new ArrayList<>();
        for (Step step : month.steps()) {
            if (step instanceof Step.Register r) {
                people.add(r.client());
            } else if (step instanceof Step.Visit v && v.client() != null) {
                people.add(v.client());
            } else if (step instanceof Step.Subscribe s) {
                people.add(s.buyer());
            }
        }
        return people;
    }
}
