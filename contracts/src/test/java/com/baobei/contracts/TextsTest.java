package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void fullWidthDigitsAreDigitsOnceNormalised() {
        assertThat(Texts.normalize("１３８１２３４５６７８")).isEqualTo("13812345678");
        assertThat(Texts.holdsFullPhone("王１３８１２３４５６７８")).isTrue();
    }

    @Test
    void aFullNumberIsFoundWhereverItHidesInText() {
        assertThat(Texts.holdsFullPhone("王先生 13812345678 来过")).isTrue();
        assertThat(Texts.holdsFullPhone("call 138 1234 5678")).isTrue();
        assertThat(Texts.holdsFullPhone("call 138-1234-5678 please")).isTrue();
        assertThat(Texts.holdsFullPhone("王13812345678")).isTrue();
    }

    @Test
    void maskedNumbersDatesAndLongerRunsAreNotNumbers() {
        assertThat(Texts.holdsFullPhone("138****5678")).isFalse();
        assertThat(Texts.holdsFullPhone("2026-12-06 10:00")).isFalse();
        assertThat(Texts.holdsFullPhone("order 213812345678")).isFalse();
        assertThat(Texts.holdsFullPhone("order 138123456789")).isFalse();
        assertThat(Texts.holdsFullPhone("1381234567")).isFalse();
        assertThat(Texts.holdsFullPhone(null)).isFalse();
    }

    @Test
    void aConsumerRedactsToTheMaskedForm() {
        assertThat(Texts.redactFullPhones("王 138 1234 5678 和 １３９００００１１１１"))
                .isEqualTo("王 138****5678 和 139****1111");
        assertThat(Texts.redactFullPhones("no number here")).isEqualTo("no number here");
    }

    @Test
    void controlCharactersAndDisplayTricksAreRefused() {
        assertThat(Texts.refusedCharacterAt("王\u0000", false)).isEqualTo(1);
        assertThat(Texts.refusedCharacterAt("a\u202Eb", false)).isEqualTo(1);
        assertThat(Texts.refusedCharacterAt("a\nb", false)).isEqualTo(1);
        assertThat(Texts.refusedCharacterAt("a\nb\tc", true)).isEqualTo(-1);
        assertThat(Texts.refusedCharacterAt("\uD800x", true)).isEqualTo(0);
        assertThat(Texts.refusedCharacterAt("王😀", false)).isEqualTo(-1);
    }
}
