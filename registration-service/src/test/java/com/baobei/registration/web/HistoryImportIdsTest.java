package com.baobei.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Texts;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * ADR 0034: an import's batch and registration ids are made from names, so the same import sent again names the same
 * registrations (and resumes instead of storing them twice); like minted random ids, none holds a phone-shaped run
 * (ID-4).
 */
class HistoryImportIdsTest {

    @Test
    void theSameNameGivesTheSameIdAndOtherNamesOtherIds() {
        assertThat(HistoryImport.mintedId("batch/7")).isEqualTo(HistoryImport.mintedId("batch/7"))
                .isNotEqualTo(HistoryImport.mintedId("batch/8"));
    }

    @Test
    void noneOfAHundredThousandRowIdsLooksLikeAPhoneNumberOrRepeats() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 100_000).mapToObj(i -> HistoryImport.mintedId("b/" + i)).forEach(id -> {
            assertThat(Texts.holdsFullPhone(id)).as(id).isFalse();
            ids.add(id);
        });
        assertThat(ids).hasSize(100_000);
    }
}
