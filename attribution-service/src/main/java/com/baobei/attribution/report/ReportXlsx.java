package com.baobei.attribution.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * RPT-1 as an Excel sheet: the CSV's bilingual headings in bold, counts and percentages as numeric cells, so the
 * office can sum and chart them without retyping.
 */
public final class ReportXlsx {

    static final String SHEET = "报表 RPT-1";

    private ReportXlsx() {
    }

    public static byte[] write(List<ReportRow> rows) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < ReportTable.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(ReportTable.COLUMNS.get(c));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, 16 * 256);
            }
            int r = 1;
            for (List<Object> cells : ReportTable.cells(rows)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Integer count) {
                        row.createCell(c).setCellValue(count);
                    } else if (value instanceof BigDecimal share) {
                        row.createCell(c).setCellValue(share.doubleValue());
                        row.getCell(c).setCellStyle(percent);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
