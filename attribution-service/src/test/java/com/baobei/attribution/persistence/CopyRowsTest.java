package com.baobei.attribution.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CopyRowsTest {

    @Test
    void escapesWhatTheTextFormatTreatsSpecially() {
        CopyRows rows = new CopyRows().text("a\tb").text("王\\小\n明\r").nul().number(42).endRow();
        assertThat(new String(rows.toBytes(), StandardCharsets.UTF_8)).isEqualTo("a\\tb\t王\\\\小\\n明\\r\t\\N\t42\n");
        assertThat(rows.rows()).isEqualTo(1);
    }

    @Test
    void escapesAnywhereInLongValuesAsByteByByte() {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "ab{}\":王\\\n\r\t\u0001\u001f ~\u007f";
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = text.toString();
            String expected = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\t", "\\t");
            assertThat(new String(new CopyRows().text(value).toBytes(), StandardCharsets.UTF_8)).as(value)
                    .isEqualTo(expected);
        }
    }
}
