package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    @DisplayName("a decision's UTF-8 bytes hash as its text did, so hashes stored before stay valid")
    void bytesHashAsTheirText() {
        Random random = new Random(7);
        String alphabet = "{}\":,\\ az09王李张小明授权到访保护期\u00e9\u00ff\u0100\u07ff\u0800\uffff";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(600);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(50) == 0) {
                    text.appendCodePoint(0x10000 + random.nextInt(0x100000)); // outside the BMP: two UTF-16 units
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String json = text.toString();
            assertThat(ContentHash.of(json.getBytes(StandardCharsets.UTF_8))).as(json).isEqualTo(ContentHash.of(json));
        }
    }

    @Test
    void differentTextsDiffer() {
        assertThat(ContentHash.of("{\"a\":1}")).isNotEqualTo(ContentHash.of("{\"a\":2}"));
        assertThat(ContentHash.of("王".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(ContentHash.of("李"));
    }
}
