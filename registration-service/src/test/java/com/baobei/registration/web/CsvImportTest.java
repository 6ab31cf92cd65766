package com.baobei.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.contracts.registration.Registered.ChannelKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    @Test
    void readsAnExportWithItsOriginalTimes() {
        String csv = "\uFEFFregisteredAt,channelId,channelKind,agentId,clientSurname,maskedPhone\n"
                + "2026-02-01T02:00:00Z,c1,AGENCY,a1,王,138****5678\n"
                + "2026-02-01T03:30:00Z,c2,BROKER,a9,李,139****0001\n";
        ImportRequest request = CsvImport.read("t1", "p1", csv);
        assertThat(request.rows()).hasSize(2);
        assertThat(request.rows().get(1).registeredAt()).isEqualTo(Instant.parse("2026-02-01T03:30:00Z"));
        assertThat(request.rows().get(1).channelKind()).isEqualTo(ChannelKind.BROKER);
    }

    @Test
    void namesTheRowAndColumnItCannotRead() {
        String csv = "registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone\n"
                + "2026-02-01T02:00:00Z,c1,AGENCY,a1,王,138****5678\n"
                + "yesterday,c1,CHAIN_STORE,a1,王,138****5678\n";
        assertThatThrownBy(() -> CsvImport.read("t1", "p1", csv))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("rows[1].registeredAt", "rows[1].channelKind"));
    }

    @Test
    void refusesARowWithMoreCellsThanTheHeader() {
        assertThatThrownBy(() -> CsvImport.read("t1", "p1", "registeredAt,channelId,channelKind,agentId,clientSurname,"
                + "maskedPhone\n2026-02-01T02:00:00Z,c1,AGENCY,a1,王,138****5678,extra\n"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("rows[0]"));
    }

    @Test
    void refusesAnUnterminatedQuoteAsUnreadable() {
        assertThatThrownBy(() -> CsvImport.read("t1", "p1",
                "registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone\n2026-02-01T02:00:00Z,\"c1,AGENCY"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void refusesAFileWithoutTheColumns() {
        assertThatThrownBy(() -> CsvImport.read("t1", "p1", "name,phone\n王,138****5678\n"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("header"));
    }

    @Test
    void readsTheDevelopersChineseHeadersAndKinds() {
        String csv = "报备时间,渠道编号,渠道类型,经纪人编号,客户姓氏,手机号\n"
                + "2026-02-01T02:00:00Z,c1,分销,a1,王,138****5678\n";
        ImportRequest request = CsvImport.read("t1", "p1", csv);
        assertThat(request.rows().get(0).channelKind()).isEqualTo(ChannelKind.AGENCY);
        assertThat(request.rows().get(0).agentId()).isEqualTo("a1");
    }

    @Test
    void normalisesEveryCellBeforeAnyCheck() {
        // full-width letters and digits are what a Chinese input method types; NFKC makes them plain
        String csv = "registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone\n"
                + "2026-02-01T02:00:00Z,ｃ１,AGENCY, ａ１ ,王,１３８****５６７８\n";
        ImportRequest.Row row = CsvImport.read("t1", "p1", csv).rows().get(0);
        assertThat(row.channelId()).isEqualTo("c1");
        assertThat(row.agentId()).isEqualTo("a1");
        assertThat(row.maskedPhone()).isEqualTo("138****5678");
    }

    @Test
    void keepsControlCharactersForTheChecksToRefuse() {
        // a parser's trim would drop a trailing NUL unseen; the row checks must see it and refuse the row
        String csv = "registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone\n"
                + "2026-02-01T02:00:00Z,c1,AGENCY,a1,王\u0000,138****5678\n";
        assertThat(CsvImport.read("t1", "p1", csv).rows().get(0).clientSurname()).isEqualTo("王\u0000");
    }

    @Test
    void blankCellsStayBlankForTheChecksToName() {
        String csv = "registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone\n"
                + "2026-02-01T02:00:00Z,,AGENCY, ,王,138****5678\n";
        ImportRequest.Row row = CsvImport.read("t1", "p1", csv).rows().get(0);
        assertThat(row.channelId()).isEmpty();
        assertThat(row.agentId()).isEmpty();
    }
}
