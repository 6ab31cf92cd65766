package com.baobei.commission.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX with one sheet. Amounts are numeric cells (so finance can sum them) formatted to the fen;
 * each is the exact fen amount, which a double holds exactly enough at these magnitudes.
 */
public final class StatementXlsx {

    public static final String SHEET = "结算单 Statement";

    private StatementXlsx() {
    }

    public static byte[] write(StatementTable.Table table) {
        return write(SHEET, StatementTable.COLUMNS, table.heading(), table.lines(), table.totals(), StatementTable.RATE);
    }

    /**
     * Any table of the same form (a heading, bold column names, lines, bold totals), for the statements and for the
     * RPT-1 commission report: amounts in money format, the {@code rateColumn}'s numbers (-1: none) as rates.
     */
    public static byte[] write(String sheetName, List<String> columns, List<List<Object>> heading,
                               List<List<Object>> lines, List<List<Object>> totals, int rateColumn) {
        // streaming: a statement of 10,000 deals is written in a fraction of the time the in-memory model takes
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle rate = book.createCellStyle();
            rate.setDataFormat(book.createDataFormat().getFormat("0.0###"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            if (!heading.isEmpty()) {
                r = rows(sheet, r, heading, money, rate, null, rateColumn);
                r++;
            }
            Row header = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            r = rows(sheet, r, lines, money, rate, null, rateColumn);
            if (!totals.isEmpty()) {
                r++;
                rows(sheet, r, totals, money, rate, bold, rateColumn);
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int rows(Sheet sheet, int r, List<List<Object>> rows, CellStyle money, CellStyle rate,
                            CellStyle label, int rateColumn) {
        for (List<Object> cells : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof BigDecimal amount) {
                    row.createCell(c).setCellValue(amount.doubleValue());
                    row.getCell(c).setCellStyle(c == rateColumn ? rate : money);
                } else if (value instanceof Integer count) {
                    row.createCell(c).setCellValue(count);
                } else if (value != null && !value.toString().isEmpty()) {
                    row.createCell(c).setCellValue(value.toString());
                    if (label != null && c == 0) {
                        row.getCell(c).setCellStyle(label);
                    }
                }
            }
        }
        return r;
    }
}
