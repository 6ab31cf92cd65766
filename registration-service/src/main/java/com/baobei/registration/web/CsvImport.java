package com.baobei.registration.web;

import com.baobei.contracts.Texts;
import com.baobei.contracts.registration.Registered.ChannelKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an exported registration list. Columns by header name, in English or as the developers' sheets say them
 * in Chinese: {@code registeredAt|报备时间, channelId|渠道编号, channelKind|渠道类型, agentId|经纪人编号,
 * clientSurname|客户姓氏, maskedPhone|手机号}. Every cell is NFKC-normalised first ({@link Texts#normalize}), as
 * JSON bodies are, so full-width digits are digits before any check; a cell that cannot be read is reported with
 * its row, like any other invalid value. The rows are then checked like JSON rows ({@link ImportRequest}).
 */
final class CsvImport {

    static final List<String> COLUMNS =
            List.of("registeredAt", "channelId", "channelKind", "agentId", "clientSurname", "maskedPhone");

    /** The Chinese header of each column, as in the master-data sheets (ADR 0014). */
    static final Map<String, String> CHINESE = Map.of("registeredAt", "报备时间", "channelId", "渠道编号",
            "channelKind", "渠道类型", "agentId", "经纪人编号", "clientSurname", "客户姓氏", "maskedPhone", "手机号");

    /** Channel kinds as the master-data sheets write them; the enum names are read too. */
    private static final Map<String, ChannelKind> KINDS = Map.of("分销", ChannelKind.AGENCY, "中介", ChannelKind.BROKER,
            "自有渠道", ChannelKind.OWN_CHANNEL, "老带新", ChannelKind.REFERRAL);

    private CsvImport() {
    }

    /** Cells are stripped of spaces here, not by the parser, whose trim would also drop control characters unseen. */
    static ImportRequest read(String tenantId, String projectId, String csv) {
        List<ImportRequest.Row> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(stripBom(csv)))) {
            Map<String, String> headerOf = headers(parser.getHeaderMap().keySet());
            List<String> missing = COLUMNS.stream().filter(c -> !headerOf.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidRequestException(List.of(new FieldProblem("header", "missing columns " + missing)));
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= ImportRequest.MAX_ROWS) {
                    throw new InvalidRequestException(List.of(new FieldProblem("rows",
                            "at most " + ImportRequest.MAX_ROWS + " rows per import")));
                }
                int index = (int) record.getRecordNumber() - 1;
                if (record.size() > parser.getHeaderNames().size()) {
                    // a cell beyond the header is a shifted row (an unquoted comma): its columns cannot be trusted
                    problems.add(new FieldProblem("rows[" + index + "]", "more cells than the header has columns"));
                }
                rows.add(row(record, headerOf, index, problems));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports an unterminated quote while iterating, as an UncheckedIOException
            throw new InvalidRequestException(List.of(new FieldProblem("body", "not readable CSV")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new ImportRequest(tenantId, projectId, rows);
    }

    /** Each column's header as the file writes it (normalised, so a full-width header is found too). */
    private static Map<String, String> headers(Iterable<String> written) {
        Map<String, String> headerOf = new LinkedHashMap<>();
        for (String header : written) {
            String plain = Texts.normalize(header).strip();
            for (String column : COLUMNS) {
                if (plain.equals(column) || plain.equals(CHINESE.get(column))) {
                    headerOf.putIfAbsent(column, header);
                }
            }
        }
        return headerOf;
    }

    private static ImportRequest.Row row(CSVRecord record, Map<String, String> headerOf, int index,
                                         List<FieldProblem> problems) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            String header = headerOf.get(column);
            String cell = record.isSet(header) ? Texts.normalize(record.get(header)).strip() : null;
            cells.put(column, cell);
        }
        Instant registeredAt = null;
        ChannelKind kind = null;
        try {
            registeredAt = Instant.parse(String.valueOf(cells.get("registeredAt")));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("rows[" + index + "].registeredAt",
                    "an ISO-8601 instant, e.g. 2026-03-02T02:00:00Z"));
        }
        kind = kind(cells.get("channelKind"));
        if (kind == null) {
            problems.add(new FieldProblem("rows[" + index + "].channelKind", "one of " + List.of(ChannelKind.values())
                    + " or " + KINDS.keySet().stream().sorted().toList()));
        }
        return new ImportRequest.Row(registeredAt, cells.get("channelId"), kind, cells.get("agentId"),
                cells.get("clientSurname"), cells.get("maskedPhone"));
    }

    private static ChannelKind kind(String cell) {
        if (cell == null) {
            return null;
        }
        if (KINDS.containsKey(cell)) {
            return KINDS.get(cell);
        }
        for (ChannelKind kind : ChannelKind.values()) {
            if (kind.name().equals(cell)) {
                return kind;
            }
        }
        return null;
    }

    private static String stripBom(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }
}
