package com.baobei.commission.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.agreement.Problem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ranges of every input (ADR 0021): what the hostile tester of issue 12 sent, and the edges around it. */
class LimitsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1e308                          | write the amount out in digits, without an exponent
            1E+3                           | write the amount out in digits, without an exponent
            123456789012345678901234567890 | must be below 10000000000 CNY (ten billion)
            10000000000                    | must be below 10000000000 CNY (ten billion)
            10000000000.00                 | must be below 10000000000 CNY (ten billion)
            -0.01                          | must not be negative
            0.001                          | at most two decimals (fen)
            """)
    void money_out_of_the_contracts_range_is_named(String amount, String message) {
        List<Problem> problems = new ArrayList<>();
        Limits.money("amount", new BigDecimal(amount), problems);
        assertThat(problems).containsExactly(new Problem("amount", message));
    }

    @ParameterizedTest
    @CsvSource({"0", "0.00", "0.01", "9999999999.99", "3280000", "1.50"})
    void money_written_out_below_ten_billion_passes(String amount) {
        List<Problem> problems = new ArrayList<>();
        Limits.money("amount", new BigDecimal(amount), problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void days_and_instants_of_a_billion_years_are_refused_by_field() {
        List<Problem> problems = new ArrayList<>();
        Limits.day("effectiveFrom", LocalDate.MAX, problems);
        Limits.day("firstPeriodEnd", LocalDate.MIN, problems);
        Limits.instant("subscribedAt", Instant.MAX, problems);
        Limits.instant("cancelledAt", Instant.MIN, problems);
        Limits.day("ok", LocalDate.of(2024, 3, 1), problems);
        Limits.instant("alsoOk", Instant.parse("2024-03-01T00:00:00Z"), problems);
        assertThat(problems).extracting(Problem::field)
                .containsExactly("effectiveFrom", "firstPeriodEnd", "subscribedAt", "cancelledAt");
    }

    @Test
    void a_list_too_long_is_not_looked_into_and_its_nulls_are_named() {
        List<Problem> problems = new ArrayList<>();
        assertThat(Limits.list("tiers", Arrays.asList("a", null, "c", null), 10, problems)).isTrue();
        assertThat(Limits.list("versions", List.of(1, 2, 3), 2, problems)).isFalse();
        assertThat(Limits.list("deals", List.of(1, 2), 2, problems)).isTrue();
        assertThat(Limits.list("absent", null, 2, problems)).isTrue();
        assertThat(problems).extracting(Problem::field).containsExactly("tiers[1]", "tiers[3]", "versions");
    }

    @Test
    void ids_and_texts_are_capped_and_hold_no_control_characters() {
        List<Problem> problems = new ArrayList<>();
        Limits.id("fineId", "f".repeat(Limits.ID_LENGTH + 1), Limits.ID_LENGTH, problems);
        Limits.id("agentId", " ", Limits.ID_LENGTH, problems);
        Limits.id("channelId", "ch\u0000", Limits.ID_LENGTH, problems);
        Limits.text("note", "x".repeat(1_000_000), Limits.NOTE_LENGTH, problems);
        Limits.text("remark", "two\nlines", Limits.NOTE_LENGTH, problems);
        Limits.id("projectId", "p".repeat(Limits.SCOPE_ID_LENGTH), Limits.SCOPE_ID_LENGTH, problems);
        assertThat(problems).extracting(Problem::field).containsExactly("fineId", "agentId", "channelId", "note");
    }

    @Test
    void a_full_phone_number_is_found_however_it_is_written() {
        List<Problem> problems = new ArrayList<>();
        Limits.noFullPhone("note", "客户电话 138-1234-5678", problems);
        Limits.noFullPhone("agentId", "１３８１２３４５６７８", problems);
        Limits.noFullPhone("unitId", "138****5678", problems);
        assertThat(problems).extracting(Problem::field).containsExactly("note", "agentId");
    }
}
