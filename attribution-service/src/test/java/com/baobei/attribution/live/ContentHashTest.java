package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final String TEXT = "{\"registrationId\":\"r-1\",\"reasonZh\":\"登记有效，先到先得\",\"reasonEn\":\"valid 😀\"}";

    @Test
    @DisplayName("a stored hash matches the fresh hash of the same bytes only")
    void storedMatchesFresh() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        String fresh = ContentHash.of(utf8).hex();
        assertThat(ContentHash.matches(ContentHash.of(TEXT.getBytes(StandardCharsets.UTF_8)).hex(), fresh)).isTrue();
        assertThat(ContentHash.matches(ContentHash.of(TEXT.replace("r-1", "r-2").getBytes(StandardCharsets.UTF_8)).hex(),
                fresh)).isFalse();
        assertThat(ContentHash.matches(null, fresh)).isFalse();
    }

    @Test
    @DisplayName("hashes are 128 bits in hex and tell texts apart, at every length")
    void newHashesTellTextsApart() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append((char) ('a' + i % 26));
            String hex = ContentHash.of(text.toString().getBytes(StandardCharsets.UTF_8)).hex();
            assertThat(hex).hasSize(32);
            assertThat(seen.add(hex)).isTrue();
        }
        assertThat(ContentHash.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(ContentHash.of("{\"a\":2}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ContentHash.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        ContentHash current = ContentHash.of("{}".getBytes(StandardCharsets.UTF_8));
        ContentHash history = ContentHash.of("[]".getBytes(StandardCharsets.UTF_8));
        assertThat(current.and(history)).isNotEqualTo(history.and(current)).isNotEqualTo(current);
    }
}
