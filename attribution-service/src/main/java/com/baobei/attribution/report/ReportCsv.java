package com.baobei.attribution.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV in UTF-8 with a byte order mark, so Excel opened on a Chinese desktop shows the headings, as statements do. */
public final class ReportCsv {

    public static final String BOM = "\uFEFF";

    private ReportCsv() {
    }

    public static byte[] write(List<ReportRow> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
            csv.printRecord(ReportTable.COLUMNS);
            for (List<Object> row : ReportTable.cells(rows)) {
                csv.printRecord(row.stream().map(ReportTable::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
