package com.baobei.registration.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Ids;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The desk types the code the agent's phone shows; what people mistype must still find the registration. */
class ShortCodeTest {

    @Test
    void aRegistrationHasOneCodeOfEightUnmistakableCharacters() {
        String id = Ids.newId();
        String code = ShortCode.of(id);
        assertThat(code).hasSize(8).matches("[0-9A-HJKMNP-TV-Z]{8}").isEqualTo(ShortCode.of(id));
        assertThat(ShortCode.shown(code)).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
    }

    @Test
    void caseSpacesAndDashesDoNotMatterAndLettersThatLookLikeDigitsReadAsDigits() {
        assertThat(ShortCode.parse("k7qm-3px9")).contains("K7QM3PX9");
        assertThat(ShortCode.parse(" K7QM 3PX9 ")).contains("K7QM3PX9");
        assertThat(ShortCode.parse("K7QM\u30003PX9")).contains("K7QM3PX9");
        assertThat(ShortCode.parse("IL0O-ABCD")).contains("1100ABCD");
    }

    @Test
    void whatCannotBeACodeIsNotOne() {
        assertThat(ShortCode.parse("K7QM-3PX")).isEmpty();
        assertThat(ShortCode.parse("K7QM-3PX99")).isEmpty();
        assertThat(ShortCode.parse("UUUU-1234")).isEmpty();
        assertThat(ShortCode.parse("K7QM-3PX*")).isEmpty();
        assertThat(ShortCode.parse(null)).isEmpty();
        assertThat(ShortCode.parse("")).isEmpty();
    }

    @Test
    void codesOfDifferentRegistrationsRarelyMeet() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            codes.add(ShortCode.of(Ids.newId()));
        }
        // 40 bits: about 0.005 expected collisions among 100,000 registrations of one project
        assertThat(codes.size()).isGreaterThanOrEqualTo(99_999);
    }
}
