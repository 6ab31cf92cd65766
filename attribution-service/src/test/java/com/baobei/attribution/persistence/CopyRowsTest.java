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
}
