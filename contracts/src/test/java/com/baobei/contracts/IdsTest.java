package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void aMintedIdIsUniqueAndNeverHoldsAPhoneShapedRun() {
        Set<String> seen = new HashSet<>();
        // 50,000 random UUIDs hold about 25 phone-shaped runs: enough to see the filter at work
        for (int i = 0; i < 50_000; i++) {
            String id = Ids.newId();
            assertThat(PersonalData.FULL_PHONE.matcher(id).find()).as(id).isFalse();
            assertThat(Texts.holdsFullPhone(id)).as(id).isFalse();
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void anIdWhoseDigitsMakeAPhoneAcrossItsDashesIsNotMinted() {
        // what a dispute naming such a registration was refused for (422, ID-4) in CI
        assertThat(Ids.mintable("abcd1381-2345-678a-bcde-0123456789ab")).isFalse();
        assertThat(Ids.mintable("abcd13812345678a-bcde")).isFalse();
        assertThat(Ids.mintable("abcd1381-2345-6789-bcde-abcdefabcdef")).isTrue();
    }
}
