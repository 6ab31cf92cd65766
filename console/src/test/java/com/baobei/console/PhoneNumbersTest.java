package com.baobei.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Agents type numbers as they have them; only the masked form may leave the console (ID-2, ID-4). */
class PhoneNumbersTest {

    @Test
    void a_full_number_typed_with_spaces_dashes_or_full_width_digits_is_masked() {
        assertThat(PhoneNumbers.masked("138 1234 5678")).contains("138****5678");
        assertThat(PhoneNumbers.masked("138-1234-5678")).contains("138****5678");
        assertThat(PhoneNumbers.masked("１３８１２３４５６７８")).contains("138****5678");
        assertThat(PhoneNumbers.masked("+86 138 1234 5678")).contains("138****5678");
    }

    @Test
    void an_already_masked_number_is_kept() {
        assertThat(PhoneNumbers.masked("138****5678")).contains("138****5678");
    }

    @Test
    void anything_else_is_no_number() {
        assertThat(PhoneNumbers.masked("1234")).isEmpty();
        assertThat(PhoneNumbers.masked("12812345678")).isEmpty();
        assertThat(PhoneNumbers.masked("")).isEmpty();
        assertThat(PhoneNumbers.masked(null)).isEmpty();
    }
}
