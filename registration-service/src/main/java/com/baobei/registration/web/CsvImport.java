package com.baobei.registration.web;

import com.baobei.contracts.registration.Registered.ChannelKind;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an exported registration list. Columns by header name:
 * {@code registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone}. A cell that
 * cannot be read is reported with its row, like any other invalid value.
 */
final class CsvImport {

    static final List<String> COLUMNS =
            List.of("registeredAt", "channelId", "channelKind", "agentId", "clientSurname", "maskedPhone");

    private CsvImport() {
    }

    static ImportRequest read(String tenantId, String projectId, String csv) {
        List<ImportRequest.Row> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (var parser = format.parse(new StringReader(stripBom(csv)))) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidRequestException(List.of(new FieldProblem("header", "missing columns " + missing)));
            }
            for (CSVRecord record : parser) {
                rows.add(row(record, (int) record.getRecordNumber() - 1, problems));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new FieldProblem("body", "not readable CSV: " + e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new ImportRequest(tenantId, projectId, rows);
    }

    private static ImportRequest.Row row(CSVRecord record, int index, List<FieldProblem> problems) {
        Instant registeredAt = null;
        ChannelKind kind = null;
        try {
            registeredAt = Instant.parse(record.get("registeredAt"));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("rows[" + index + "].registeredAt", "an ISO-8601 instant, e.g. 2026-03-02T02:00:00Z"));
        }
        try {
            kind = ChannelKind.valueOf(record.get("channelKind"));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("rows[" + index + "].channelKind", "one of " + List.of(ChannelKind.values())));
        }
        return new ImportRequest.Row(registeredAt, record.get("channelId"), kind, record.get("agentId"),
                record.get("clientSurname"), record.get("maskedPhone"));
    }

    private static String stripBom(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }
}
