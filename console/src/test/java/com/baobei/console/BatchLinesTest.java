package com.baobei.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An agent's list of clients as it arrives: from a chat, a spreadsheet, or a CSV saved by a Chinese Excel. */
class BatchLinesTest {

    @Test
    void pastedLinesGiveOneClientEachWhateverSeparatesThem() {
        List<BatchLines.Row> rows = BatchLines.read("""
                王,13812345678
                李，139****0000
                张\t137 1234 5678

                赵 136-1234-5678
                """);
        assertThat(rows).extracting(BatchLines.Row::line, BatchLines.Row::surname, BatchLines.Row::masked)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "王", Optional.of("138****5678")),
                        org.assertj.core.groups.Tuple.tuple(2, "李", Optional.of("139****0000")),
                        org.assertj.core.groups.Tuple.tuple(3, "张", Optional.of("137****5678")),
                        org.assertj.core.groups.Tuple.tuple(5, "赵", Optional.of("136****5678")));
    }

    @Test
    void chineseHeadersNameTheColumnsInAnyOrder() {
        List<BatchLines.Row> rows = BatchLines.read("手机号,备注,客户姓氏\n13812345678,周末来,王\n");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.surname()).isEqualTo("王");
            assertThat(row.masked()).contains("138****5678");
        });
    }

    @Test
    void aLineThatIsNotAClientIsKeptToBeShownWithItsLineNumber() {
        List<BatchLines.Row> rows = BatchLines.read("王,1381234\n,13812345678\n");
        assertThat(rows).extracting(BatchLines.Row::line, BatchLines.Row::readable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false),
                        org.assertj.core.groups.Tuple.tuple(2, false));
    }

    @Test
    void aFileIsReadAsUtf8WithOrWithoutItsMarkOrAsGb18030AsChineseExcelSavesIt() {
        String csv = "客户姓氏,手机号\r\n王,13812345678\r\n";
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        byte[] gb = csv.getBytes(Charset.forName("GB18030"));
        assertThat(BatchLines.decode(bom)).isEqualTo(csv);
        assertThat(BatchLines.decode(csv.getBytes(StandardCharsets.UTF_8))).isEqualTo(csv);
        assertThat(BatchLines.decode(gb)).isEqualTo(csv);
        assertThat(BatchLines.read(BatchLines.decode(gb))).singleElement()
                .satisfies(row -> assertThat(row.masked()).contains("138****5678"));
    }
}
