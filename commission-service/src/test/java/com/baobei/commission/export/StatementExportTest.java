package com.baobei.commission.export;

import static com.baobei.commission.ledger.Fixtures.deal;
import static com.baobei.commission.ledger.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.ledger.Com4Fines;
import com.baobei.commission.ledger.FineReason;
import com.baobei.commission.ledger.FineRequest;
import com.baobei.commission.ledger.Fixtures;
import com.baobei.commission.ledger.Statement;
import com.baobei.contracts.UnitType;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV and XLSX of a statement with every kind of line: the lines add up to the net payable, to the fen. */
class StatementExportTest {

    static Statement busyFebruary() {
        Fixtures.Book book = new Fixtures.Book(standard());
        for (int i = 1; i <= 6; i++) {
            book.add(deal("d" + i).subscribed("2024-01-0" + i + "T10:00").amount("1234567.8" + i).build());
        }
        book.issue(LocalDate.of(2024, 1, 1));
        book.add(deal("d6").subscribed("2024-01-06T10:00").amount("1234567.86").cancelled("2024-02-02T10:00")
                .revision(1).build());
        book.add(deal("f1").subscribed("2024-02-03T10:00").amount("987654.32").build());
        book.add(deal("f2").subscribed("2024-02-04T10:00").unit("P-9", UnitType.PARKING).build());
        book.fines.add(Com4Fines.decide(new FineRequest("x1", "P1", Fixtures.CH, FineReason.FORBIDDEN_ZONE, null,
                "agent-9", null, "禁区拉客"), List.of(), Fixtures.at("2024-02-10T10:00"), "m"));
        return book.statement(LocalDate.of(2024, 2, 1));
    }

    @Test
    void csv_lines_and_totals_reconcile() throws Exception {
        Statement s = busyFebruary();
        byte[] bytes = StatementCsv.write(StatementTable.of(s, Fixtures.SHANGHAI));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        BigDecimal lines = BigDecimal.ZERO;
        BigDecimal net = null;
        BigDecimal carried = null;
        boolean inTable = false;
        int lineCount = 0;
        for (CSVRecord row : rows) {
            String first = row.get(0);
            if (first.equals(StatementTable.COLUMNS.get(0))) {
                inTable = true;
            } else if (first.isEmpty()) {
                inTable = false;
            } else if (inTable) {
                lines = lines.add(new BigDecimal(row.get(StatementTable.AMOUNT)));
                lineCount++;
            } else if (first.equals(StatementTable.NET)) {
                net = new BigDecimal(row.get(StatementTable.AMOUNT));
            } else if (first.equals(StatementTable.CARRIED_FORWARD)) {
                carried = new BigDecimal(row.get(StatementTable.AMOUNT));
            }
        }
        assertThat(lineCount).isEqualTo(s.deals().size() + s.adjustments().size() + s.charges().size());
        // ADR 0032: the lines add up to the balance: net payable when positive, else carried forward
        assertThat(lines).isEqualByComparingTo(s.totals().balance()).isEqualByComparingTo("-27783.92");
        assertThat(net).isEqualByComparingTo(s.totals().netPayable()).isEqualByComparingTo("0.00");
        assertThat(carried).isEqualByComparingTo(s.totals().carriedForward());
        // one sign for a fine: negative in the file as in the statement and its event
        assertThat(text).contains(",-10000.00,", ",-500.00,");
        // statuses, kinds and causes in Chinese; rule and event ids as they are
        assertThat(text).contains("成交", "调整", "罚款", "跳点变动", "退订冲回", "已退订", "不计佣", "车位", "禁区拉客", "PUR-3")
                .doesNotContain("TIER_MOVED", "CANCELLED", "COMMISSIONABLE", "FORBIDDEN_ZONE", " Kind");
    }

    @Test
    void xlsx_lines_and_totals_reconcile() throws Exception {
        Statement s = busyFebruary();
        byte[] bytes = StatementXlsx.write(StatementTable.of(s, Fixtures.SHANGHAI));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            BigDecimal lines = BigDecimal.ZERO;
            BigDecimal net = null;
            boolean inTable = false;
            for (Row row : book.getSheet(StatementXlsx.SHEET)) {
                Cell firstCell = row.getCell(0);
                String first = firstCell == null ? "" : firstCell.getStringCellValue();
                Cell amount = row.getCell(StatementTable.AMOUNT);
                if (first.equals(StatementTable.COLUMNS.get(0))) {
                    inTable = true;
                } else if (first.equals(StatementTable.GROSS)) {
                    inTable = false;
                } else if (inTable && amount != null && amount.getCellType() == CellType.NUMERIC) {
                    lines = lines.add(fen(amount.getNumericCellValue()));
                }
                if (first.equals(StatementTable.NET)) {
                    net = fen(amount.getNumericCellValue());
                }
            }
            assertThat(lines).isEqualByComparingTo(s.totals().balance());
            assertThat(net).isEqualByComparingTo(s.totals().netPayable());
        }
    }

    static BigDecimal fen(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
