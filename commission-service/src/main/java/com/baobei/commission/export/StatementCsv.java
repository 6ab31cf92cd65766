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
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
            print(csv, table.heading());
            csv.println();
            csv.printRecord(StatementTable.COLUMNS);
            print(csv, table.lines());
            csv.println();
            print(csv, table.totals());
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
