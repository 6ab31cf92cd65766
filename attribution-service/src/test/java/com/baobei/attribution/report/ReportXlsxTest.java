package com.baobei.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportXlsxTest {

    @Test
    @DisplayName("RPT-1 in XLSX: the CSV's headings, counts and rates as numbers, an empty rate left empty")
    void countsAreNumbers() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 26);
        List<ReportRow> rows = List.of(
                new ReportRow("ch-a", null, day, day, 10, 8, 2, Map.of("REG-2", 2), 10, 4, new BigDecimal("40.0"), 1, 0,
                        new BigDecimal("25.0"), 1),
                new ReportRow("ch-b", "ag-1", day, day, 0, 0, 0, Map.of(), 0, 0, null, 0, 0, null, 0));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.write(rows)))) {
            Sheet sheet = book.getSheet(ReportXlsx.SHEET);
            Row header = sheet.getRow(0);
            for (int c = 0; c < ReportTable.COLUMNS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(ReportTable.COLUMNS.get(c));
            }
            Row a = sheet.getRow(1);
            assertThat(a.getCell(0).getStringCellValue()).isEqualTo("ch-a");
            assertThat(a.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(a.getCell(4).getNumericCellValue()).isEqualTo(10.0);
            assertThat(a.getCell(7).getStringCellValue()).isEqualTo("REG-2 2");
            assertThat(a.getCell(10).getNumericCellValue()).isEqualTo(40.0);
            assertThat(a.getCell(14).getNumericCellValue()).as("REG-6 poor days").isEqualTo(1.0);
            Row b = sheet.getRow(2);
            assertThat(b.getCell(1).getStringCellValue()).isEqualTo("ag-1");
            assertThat(b.getCell(10)).as("no visit rate without registrations").isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }
}
