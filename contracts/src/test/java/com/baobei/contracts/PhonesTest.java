package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** ID-1 shapes, masking, and the per-tenant keyed hash of ID-4. */
class PhonesTest {

    @ParameterizedTest(name = "{0}: full={1} masked={2}")
    @CsvSource(delimiter = '|', value = {
            "13812345678    | true  | false",
            "19912345678    | true  | false",
            "12812345678    | false | false",
            "10812345678    | false | false",
            "1381234567     | false | false",
            "138123456789   | false | false",
            "+8613812345678 | false | false",
            "138 1234 5678  | false | false",
            "1381234567a    | false | false",
            "138****5678    | false | true",
            "199****0001    | false | true",
            "128****5678    | false | false",
            "138***45678    | false | false",
            "138*****678    | false | false",
            "1381****678    | false | false",
            "138****567     | false | false",
            "138****56789   | false | false",
            "138xxxx5678    | false | false",
            "138****5678 x  | false | false"})
    void recognises_full_and_masked_numbers(String phone, boolean full, boolean masked) {
        assertThat(Phones.isFull(phone)).isEqualTo(full);
        assertThat(Phones.isMasked(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothing_is_neither(String phone) {
        assertThat(Phones.isFull(phone)).isFalse();
        assertThat(Phones.isMasked(phone)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"13812345678,138****5678", "15900000000,159****0000", "19987654321,199****4321"})
    void masking_hides_the_middle_four(String full, String masked) {
        assertThat(Phones.mask(full)).isEqualTo(masked);
        assertThat(Phones.isMasked(Phones.mask(full))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"138****5678", "1381234567", "12812345678", "phone"})
    void only_a_full_number_can_be_masked_or_hashed(String notFull) {
        assertThatThrownBy(() -> Phones.mask(notFull)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Phones.keyedHash("secret", notFull)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_keyed_hash_is_hmac_sha256_in_lower_hex() {
        // Computed independently (Python hmac, sha256): partners and other services must get the same value.
        assertThat(Phones.keyedHash("hongtai-demo-secret-2025", "13812345678"))
                .isEqualTo("893ea274bfd2593e85feb2f6d0f3aa00cb400ae1ef8e0b9c3d3b4ed9925703a1");
    }

    @Test
    void the_keyed_hash_is_stable() {
        assertThat(Phones.keyedHash("s1", "13812345678")).isEqualTo(Phones.keyedHash("s1", "13812345678"));
    }

    @Test
    void the_keyed_hash_differs_per_tenant_secret_and_per_number() {
        String a = Phones.keyedHash("hongtai-demo-secret-2025", "13812345678");

        assertThat(Phones.keyedHash("another-tenant", "13812345678"))
                .isEqualTo("434a75d530e7666766a1bed596a31eabcee2a4830685fa0709b578f8c48e2e45")
                .isNotEqualTo(a);
        assertThat(Phones.keyedHash("hongtai-demo-secret-2025", "13812345679")).isNotEqualTo(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "13900000000", "18612341234", "15011112222"})
    void the_keyed_hash_never_contains_the_number(String full) {
        String hash = Phones.keyedHash("hongtai-demo-secret-2025", full);

        assertThat(hash).matches("^[0-9a-f]{64}$");
        assertThat(hash).doesNotContain(full).doesNotContain(full.substring(7)).doesNotContain(full.substring(0, 7));
        assertThat(PersonalData.fullPhoneNumbers(hash)).isEmpty();
    }

    @Test
    void an_empty_secret_is_refused() {
        assertThatThrownBy(() -> Phones.keyedHash("", "13812345678")).isInstanceOf(IllegalArgumentException.class);
    }
}
