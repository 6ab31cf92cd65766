package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final String TEXT = "{\"registrationId\":\"r-1\",\"reasonZh\":\"登记有效，先到先得\",\"reasonEn\":\"valid 😀\"}";

    @Test
    @DisplayName("hashes stored before the byte form are still recognised: the earlier form is reproduced exactly")
    void earlierFormIsReproduced() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] empty = "[]".getBytes(StandardCharsets.UTF_8);
        // taken with the code of 579f754, which hashed strings
        assertThat(ContentHash.legacy(utf8).hex()).isEqualTo("25419c0ddbc56a082ab8fb6c4f74160e");
        assertThat(ContentHash.legacy(utf8).and(ContentHash.legacy(empty)).hex()).isEqualTo("487401a6646bf76c4c110e6a6763890f");

        String fresh = ContentHash.of(utf8).hex();
        assertThat(ContentHash.matches("25419c0ddbc56a082ab8fb6c4f74160e", fresh, utf8)).isTrue();
        assertThat(ContentHash.matches(fresh, fresh, utf8)).isTrue();
        assertThat(ContentHash.matches("487401a6646bf76c4c110e6a6763890f",
                ContentHash.of(utf8).and(ContentHash.of(empty)).hex(), utf8, empty)).isTrue();
        byte[] other = TEXT.replace("r-1", "r-2").getBytes(StandardCharsets.UTF_8);
        assertThat(ContentHash.matches("25419c0ddbc56a082ab8fb6c4f74160e", ContentHash.of(other).hex(), other)).isFalse();
        assertThat(ContentHash.matches(null, fresh, utf8)).isFalse();
        // an earlier hash may begin with any hex digit; the prefix of the new form is none of them
        assertThat("0123456789abcdef").doesNotContain(ContentHash.PREFIX);
    }

    @Test
    @DisplayName("the earlier form over UTF-8 bytes equals it over the text, outside the BMP too")
    void earlierFormOverBytesEqualsOverText() {
        Random random = new Random(7);
        String alphabet = "{}\":,\\ az09王李张小明授权到访保护期\u00e9\u00ff\u0100\u07ff\u0800\uffff";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(600);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(50) == 0) {
                    text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String json = text.toString();
            char[] chars = json.toCharArray();
            assertThat(ContentHash.legacy(json.getBytes(StandardCharsets.UTF_8))).as(json)
                    .isEqualTo(ContentHash.legacy(chars, chars.length));
        }
    }

    @Test
    @DisplayName("new hashes carry their form's prefix and tell texts apart, at every length")
    void newHashesTellTextsApart() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append((char) ('a' + i % 26));
            String hex = ContentHash.of(text.toString().getBytes(StandardCharsets.UTF_8)).hex();
            assertThat(hex).startsWith(ContentHash.PREFIX).hasSize(33);
            assertThat(seen.add(hex)).isTrue();
        }
        assertThat(ContentHash.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(ContentHash.of("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
    }
}
