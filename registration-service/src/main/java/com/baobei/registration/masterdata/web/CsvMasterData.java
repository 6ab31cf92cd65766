package com.baobei.registration.masterdata.web;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Registered.ChannelKind;
import com.baobei.registration.masterdata.Agent;
import com.baobei.registration.masterdata.Channel;
import com.baobei.registration.masterdata.Consultant;
import com.baobei.registration.masterdata.InvalidMasterDataException;
import com.baobei.registration.masterdata.MasterEntity;
import com.baobei.registration.masterdata.Problem;
import com.baobei.registration.masterdata.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a master-data sheet as the developers keep them: UTF-8 CSV (with or without the BOM Excel writes), Chinese
 * headers, 启用/停用, channel kinds and unit types in Chinese, days as 2025-03-01, 2025/3/1 or 2025年3月1日, lists
 * separated by 、 , ; or spaces. A cell that cannot be read becomes a problem {@code rows[<line>].<column>}, where
 * the line counts the file's lines and the header is line 1.
 */
final class CsvMasterData {

    static final int MAX_ROWS = 10_000;

    /** One readable row: its line in the file and the entity it says. */
    record Row(int line, MasterEntity entity) {
    }

    record Sheet(List<Row> rows, List<Problem> problems) {
    }

    /** The kinds that can be imported, by the path segment naming them, with their columns. */
    enum Kind {
        PROJECTS(Map.of("projectId", "项目编号", "name", "项目名称", "salesOffice", "案场", "openingDate", "开盘日期",
                "salesFrom", "销售开始", "salesTo", "销售结束", "unitTypes", "户型", "active", "状态"),
                List.of("项目编号", "项目名称", "案场", "开盘日期", "销售开始", "销售结束", "户型", "状态"),
                cells -> new Project(cells.text("项目编号"), cells.text("项目名称"), cells.text("案场"),
                        cells.day("开盘日期"), cells.day("销售开始"), cells.day("销售结束"), cells.unitTypes("户型"),
                        cells.active("状态"))),
        CHANNELS(Map.of("channelId", "渠道编号", "name", "渠道名称", "kind", "渠道类型", "agreementFrom", "合作开始",
                "agreementTo", "合作结束", "projectIds", "合作项目", "active", "状态"),
                List.of("渠道编号", "渠道名称", "渠道类型", "合作开始", "合作结束", "合作项目", "状态"),
                cells -> new Channel(cells.text("渠道编号"), cells.text("渠道名称"), cells.kind("渠道类型"),
                        cells.day("合作开始"), cells.day("合作结束"), cells.list("合作项目"), cells.active("状态"))),
        AGENTS(Map.of("channelId", "渠道编号", "agentId", "经纪人编号", "name", "姓名", "active", "状态"),
                List.of("渠道编号", "经纪人编号", "姓名", "状态"),
                cells -> new Agent(cells.text("渠道编号"), cells.text("经纪人编号"), cells.text("姓名"),
                        cells.active("状态"))),
        CONSULTANTS(Map.of("projectId", "项目编号", "consultantId", "置业顾问编号", "name", "姓名",
                "supervisorId", "上级编号", "agencyId", "代理公司编号", "active", "状态"),
                // 代理公司编号 (ROT-3, ROT-4) is optional: a sheet without the column names no agency
                List.of("项目编号", "置业顾问编号", "姓名", "上级编号", "状态"),
                cells -> new Consultant(cells.text("项目编号"), cells.text("置业顾问编号"), cells.text("姓名"),
                        cells.text("上级编号"), cells.text("代理公司编号"), cells.active("状态")));

        private final Map<String, String> columnOfField;
        private final List<String> columns;
        private final Function<Cells, MasterEntity> entity;

        Kind(Map<String, String> columnOfField, List<String> columns,
             Function<Cells, MasterEntity> entity) {
            this.columnOfField = columnOfField;
            this.columns = columns;
            this.entity = entity;
        }

        static Kind of(String segment) {
            return Arrays.stream(values()).filter(k -> k.segment().equals(segment)).findFirst().orElse(null);
        }

        String segment() {
            return name().toLowerCase(Locale.ROOT);
        }

        List<String> columns() {
            return columns;
        }

        /** A rule's problem on a field ({@code projectIds[2]}) becomes one on the row's column. */
        Problem onRow(int line, Problem problem) {
            String field = problem.field().replaceAll("\\[\\d+]$", "");
            return new Problem(field(line, columnOfField.getOrDefault(field, field)), problem.message());
        }
    }

    private static final Map<String, ChannelKind> KINDS = Map.of("分销", ChannelKind.AGENCY, "中介", ChannelKind.BROKER,
            "自有渠道", ChannelKind.OWN_CHANNEL, "老带新", ChannelKind.REFERRAL);
    private static final Map<String, UnitType> UNIT_TYPES = Map.of("住宅", UnitType.RESIDENTIAL,
            "商业", UnitType.COMMERCIAL, "商铺", UnitType.COMMERCIAL, "办公", UnitType.OFFICE, "写字楼", UnitType.OFFICE,
            "车位", UnitType.PARKING, "储藏室", UnitType.STORAGE, "储藏间", UnitType.STORAGE);
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,;；|/\\s]+");
    private static final Pattern DAY = Pattern.compile("(\\d{4})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?");

    private CsvMasterData() {
    }

    static Sheet read(Kind kind, byte[] body) {
        String csv = utf8(body);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (var parser = format.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            List<String> missing = kind.columns().stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw unreadable("header", "missing columns " + missing + "; expected " + kind.columns());
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw unreadable("body", "at most " + MAX_ROWS + " rows per import");
                }
                // the header is line 1; a row is one line (a cell spanning lines would shift the count)
                int line = (int) record.getRecordNumber() + 1;
                if (record.size() > parser.getHeaderNames().size()) {
                    // a cell beyond the header is a shifted row (an unquoted comma): its columns cannot be trusted
                    problems.add(new Problem("rows[" + line + "]", "more cells than the header has columns"));
                }
                Cells cells = new Cells(record, line, problems);
                rows.add(new Row(line, kind.entity.apply(cells)));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports an unterminated quote while iterating, as an UncheckedIOException
            throw unreadable("body", "not readable CSV: " + e.getMessage());
        }
        return new Sheet(rows, problems);
    }

    static String field(int line, String column) {
        return "rows[" + line + "]." + column;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable("body", "not UTF-8: save the sheet as \"CSV UTF-8\"");
        }
    }

    private static InvalidMasterDataException unreadable(String field, String message) {
        return new InvalidMasterDataException(List.of(new Problem(field, message)));
    }

    /** The cells of one record; what cannot be read is recorded as a problem and read as absent. */
    private record Cells(CSVRecord record, int line, List<Problem> problems) {

        String text(String column) {
            String value = Texts.clean(record.isMapped(column) && record.isSet(column) ? record.get(column) : null);
            // a control character (a NUL above all) never reaches a lookup: PostgreSQL refuses it with an error
            if (value != null && com.baobei.contracts.Texts.refusedCharacterAt(value, false) >= 0) {
                problems.add(new Problem(field(line, column), "holds a control or direction character"));
                return null;
            }
            return value;
        }

        LocalDate day(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            Matcher m = DAY.matcher(value);
            try {
                if (m.matches()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                }
            } catch (DateTimeException e) {
                // falls through to the problem below
            }
            problem(column, "a day such as 2025-03-01, 2025/3/1 or 2025年3月1日, not " + value);
            return null;
        }

        boolean active(String column) {
            String value = text(column);
            if (value == null || value.equals("启用")) {
                return true;
            }
            if (value.equals("停用")) {
                return false;
            }
            problem(column, "启用 or 停用, not " + value);
            return true;
        }

        ChannelKind kind(String column) {
            String value = text(column);
            ChannelKind kind = value == null ? null : KINDS.get(value);
            if (kind == null && value != null) {
                kind = Arrays.stream(ChannelKind.values()).filter(k -> k.name().equals(value)).findFirst().orElse(null);
            }
            if (kind == null) {
                problem(column, "分销, 中介, 自有渠道 or 老带新" + (value == null ? "" : ", not " + value));
            }
            return kind;
        }

        List<UnitType> unitTypes(String column) {
            List<UnitType> types = new ArrayList<>();
            for (String value : list(column)) {
                UnitType type = UNIT_TYPES.get(value);
                if (type == null) {
                    type = Arrays.stream(UnitType.values()).filter(t -> t.name().equals(value)).findFirst().orElse(null);
                }
                if (type == null) {
                    problem(column, "住宅, 商业, 办公, 车位 or 储藏室, not " + value);
                } else {
                    types.add(type);
                }
            }
            return types;
        }

        List<String> list(String column) {
            String value = text(column);
            return value == null ? List.of()
                    : Arrays.stream(LIST_SEPARATORS.split(value)).filter(v -> !v.isEmpty()).toList();
        }

        private void problem(String column, String message) {
            problems.add(new Problem(field(line, column), message));
        }
    }
}
