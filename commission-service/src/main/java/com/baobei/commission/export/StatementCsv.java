package com.baobei.commission.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV in UTF-8 with a byte order mark, so Excel shows the Chinese headings; amounts as plain decimals. */
public final class StatementCsv {

    public static final String BOM = "\uFEFF";

    private StatementCsv() {
    }

    public static byte[] write(StatementTable.Table table) {
        return write(StatementTable.COLUMNS, table.heading(), table.lines(), table.totals());
    }

    /** Any table of the same form (heading, column names, lines, totals), as for the RPT-1 commission report. */
    public static byte[] write(List<String> columns, List<List<Object>> heading, List<List<Object>> lines,
                               List<List<Object>> totals) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
            if (!heading.isEmpty()) {
                print(csv, heading);
                csv.println();
            }
            csv.printRecord(columns);
            print(csv, lines);
            if (!totals.isEmpty()) {
                csv.println();
                print(csv, totals);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void print(CSVPrinter csv, List<List<Object>> rows) throws IOException {
        for (List<Object> row : rows) {
            csv.printRecord(row.stream().map(StatementCsv::cell).toList());
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    }
}
