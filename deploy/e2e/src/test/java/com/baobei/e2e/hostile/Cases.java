package com.baobei.e2e.hostile;

import com.baobei.e2e.hostile.Fields.Field;
import com.baobei.e2e.hostile.Fields.Kind;
import com.baobei.e2e.hostile.HostileCase.Request;
import com.baobei.e2e.hostile.WriteOperations.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of hostile input, as a table per kind of field: each valid request of an endpoint (the access suite's)
 * becomes one case per field and kind, plus the cases on the body, the path and the headers as a whole.
 */
final class Cases {

    /** Larger than the largest body cap of any endpoint (16 MB, imports and simulations). */
    static final int OVER_THE_LIMIT = 17 * 1024 * 1024;
    static final int ONE_MEGABYTE = 1024 * 1024;
    static final int HEADER_BYTES = 60 * 1024;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** One string shared by every case that sends it, so that hundreds of cases do not hold hundreds of copies. */
    private static final String MEGABYTE_TEXT = "x".repeat(ONE_MEGABYTE);
    private static final Set<Integer> INVALID = Set.of(400, 422);
    private static final Set<Integer> UNREADABLE = Set.of(400);
    private static final Set<Integer> PERSONAL = Set.of(422);
    private static final Set<Integer> HUGE = Set.of(400, 413, 422);
    private static final Set<Integer> TOO_LARGE = Set.of(413);

    /** Characters with no place in text: NUL, other C0 and C1 controls, a bidirectional override. */
    private static final Map<String, String> REFUSED_CHARACTERS = Map.of(
            "NUL", "\u0000", "BEL", "\u0007", "ESC", "\u001b", "DEL", "\u007f", "C1 NEL", "\u0085",
            "RLO bidi override", "\u202e");
    /** A full mobile number as people write it: plain, spaced, dashed, in full-width digits (ID-4). */
    private static final Map<String, String> FULL_PHONES = Map.of(
            "plain", "13812345678", "with spaces", "138 1234 5678", "with dashes", "138-1234-5678",
            "full-width", "１３８１２３４５６７８");

    private final ObjectMapper json;

    Cases(ObjectMapper json) {
        this.json = json;
    }

    /** One valid request of an endpoint, as the access suite makes it, and who may send it. */
    record Base(Operation operation, String path, Object body, String user) {
    }

    /** Every case of a JSON endpoint (or one without a body). */
    List<HostileCase> json(Base base) {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(pathAndHeaders(base, base.body() == null ? null : "application/json",
                base.body() == null ? null : bytes(base.body())));
        if (base.body() == null) {
            return cases;
        }
        ObjectNode valid = json.valueToTree(base.body());
        for (Field field : Fields.of(base.operation())) {
            cases.addAll(forField(base, valid, field));
        }
        String validText = new String(bytes(valid), StandardCharsets.UTF_8);
        if (valid.fieldNames().hasNext()) {
            String first = valid.fieldNames().next();
            String duplicated = "{" + json(first) + ":" + json("a second value") + "," + validText.substring(1);
            cases.add(raw(base, "duplicate JSON key", first, duplicated, UNREADABLE, Set.of(first)));
        }
        // cut in the middle: naming the field where reading broke off is as good as naming the body
        cases.add(raw(base, "malformed JSON", "body", validText.substring(0, validText.length() / 2),
                UNREADABLE, Set.of("body", Verdict.ANY_FIELD)));
        cases.add(raw(base, "JSON null as the body", "body", "null", UNREADABLE, Set.of("body")));
        cases.add(raw(base, "a list as the body", "body", "[" + validText + "]", UNREADABLE, Set.of("body")));
        // the simulations take long event histories (ADR 0022): their cap is 48 MB, not the imports' 16 MB
        int over = base.path().endsWith("/simulations") && base.operation().service().equals("attribution")
                ? 49 * 1024 * 1024 : OVER_THE_LIMIT;
        cases.add(sized(base, "application/json", "body over the size limit", () -> padded(validText, over)));
        cases.add(new HostileCase(base.operation().service(), endpoint(base), "wrong content type", "Content-Type",
                new Request(base.operation().method(), base.path(), base.user(), Map.of(), "text/plain",
                        () -> validText.getBytes(StandardCharsets.UTF_8)), Set.of(415),
                Set.of("Content-Type", "body")));
        return cases;
    }

    /** Every case of a CSV import: each cell's text, the header, the size, the media type. */
    List<HostileCase> csv(Base base, String text) {
        List<HostileCase> cases = new ArrayList<>(pathAndHeaders(base, "text/csv",
                text.getBytes(StandardCharsets.UTF_8)));
        String[] lines = text.split("\n");
        String[] header = lines[0].split(",", -1);
        String[] row = lines[1].split(",", -1);
        for (int column = 0; column < header.length; column++) {
            String name = header[column];
            for (Map.Entry<String, String> c : REFUSED_CHARACTERS.entrySet()) {
                cases.add(csvCell(base, lines, row, column, "control character " + c.getKey(), name,
                        "x" + c.getValue() + row[column], INVALID));
            }
            if (freeTextColumn(name)) {
                for (Map.Entry<String, String> phone : FULL_PHONES.entrySet()) {
                    cases.add(csvCell(base, lines, row, column, "full phone number, " + phone.getKey(), name,
                            phone.getValue(), PERSONAL));
                }
            }
        }
        cases.add(csvCell(base, lines, row, 0, "1 MB string", header[0], MEGABYTE_TEXT, HUGE));
        String missingColumn = String.join(",", Arrays.copyOfRange(header, 1, header.length)) + "\n"
                + String.join(",", Arrays.copyOfRange(row, 1, row.length)) + "\n";
        cases.add(csvText(base, "a column missing", "header", missingColumn, INVALID, Set.of("header", header[0])));
        cases.add(csvText(base, "an unterminated quote", "body", lines[0] + "\n\"" + lines[1] + "\n", INVALID,
                Set.of("body", header[0])));
        cases.add(csvText(base, "one cell too many", "body", lines[0] + "\n" + lines[1] + ",extra\n", INVALID,
                Set.of("body", "rows[1]", "rows[2]", "rows[0]")));
        cases.add(sized(base, "text/csv", "body over the size limit", () -> {
            StringBuilder big = new StringBuilder(lines[0]).append('\n');
            while (big.length() < OVER_THE_LIMIT) {
                big.append(lines[1]).append('\n');
            }
            return big.toString().getBytes(StandardCharsets.UTF_8);
        }));
        cases.add(new HostileCase(base.operation().service(), endpoint(base), "wrong content type", "Content-Type",
                new Request(base.operation().method(), base.path(), base.user(), Map.of(), "text/plain",
                        () -> text.getBytes(StandardCharsets.UTF_8)), Set.of(415), Set.of("Content-Type", "body")));
        return cases;
    }

    /** Every case of a file sent as the body (an evidence photo): empty, not evidence, too large; its name's text. */
    List<HostileCase> file(Base base, byte[] content, String contentType) {
        List<HostileCase> cases = new ArrayList<>(pathAndHeaders(base, contentType, content));
        cases.add(fileCase(base, "an empty file", "body", base.path(), new byte[0], contentType, INVALID));
        cases.add(fileCase(base, "a web page sent as a photo", "body", base.path(),
                "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), contentType, Set.of(415)));
        cases.add(fileCase(base, "a Windows program", "body", base.path(),
                "MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), "application/octet-stream", Set.of(415)));
        cases.add(sized(base, contentType, "body over the size limit", () -> {
            byte[] big = new byte[OVER_THE_LIMIT];
            System.arraycopy(content, 0, big, 0, content.length);
            return big;
        }));
        for (Map.Entry<String, String> c : REFUSED_CHARACTERS.entrySet()) {
            cases.add(fileCase(base, "control character " + c.getKey() + " in the file name", "fileName",
                    withFileName(base.path(), "x" + c.getValue() + ".jpg"), content, contentType, INVALID));
        }
        for (Map.Entry<String, String> phone : FULL_PHONES.entrySet()) {
            cases.add(fileCase(base, "full phone number in the file name, " + phone.getKey(), "fileName",
                    withFileName(base.path(), phone.getValue() + ".jpg"), content, contentType, PERSONAL));
        }
        return cases;
    }

    private static String withFileName(String path, String name) {
        return path.replaceAll("fileName=[^&]*", "fileName="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static HostileCase fileCase(Base base, String kind, String field, String path, byte[] content,
                                        String contentType, Set<Integer> statuses) {
        return new HostileCase(base.operation().service(), endpoint(base), kind, field,
                new Request(base.operation().method(), path, base.user(), Map.of(), contentType, () -> content),
                statuses, Set.of(field));
    }

    private List<HostileCase> forField(Base base, ObjectNode valid, Field field) {
        List<HostileCase> cases = new ArrayList<>();
        JsonNode present = Fields.get(valid, field.path());
        String original = present != null && present.isTextual() ? present.asText() : "";
        switch (field.kind()) {
            case TEXT -> {
                for (Map.Entry<String, String> c : REFUSED_CHARACTERS.entrySet()) {
                    String value = original.isEmpty() ? "x" + c.getValue() : original.substring(0, 1) + c.getValue()
                            + original.substring(1);
                    add(cases, base, valid, field, "control character " + c.getKey(), NODES.textNode(value), INVALID);
                }
                if (field.freeText()) {
                    for (Map.Entry<String, String> phone : FULL_PHONES.entrySet()) {
                        add(cases, base, valid, field, "full phone number, " + phone.getKey(),
                                NODES.textNode(field.name().toLowerCase().contains("surname") ? phone.getValue()
                                        : "请联系" + phone.getValue()), PERSONAL);
                    }
                }
                if (field.id()) {
                    add(cases, base, valid, field, "over-long id", NODES.textNode("i".repeat(1000)), INVALID);
                }
                add(cases, base, valid, field, "1 MB string", NODES.textNode(MEGABYTE_TEXT), HUGE);
                add(cases, base, valid, field, "wrong type (an object)", NODES.objectNode().put("x", 1), INVALID);
            }
            case ENUM -> {
                add(cases, base, valid, field, "unknown enum value", NODES.textNode("NOT_A_" + field.name()), INVALID);
                add(cases, base, valid, field, "wrong type (a number)", NODES.numberNode(7), INVALID);
            }
            case DATE -> {
                add(cases, base, valid, field, "date +999999999 years", NODES.textNode("+999999999-12-31"), INVALID);
                add(cases, base, valid, field, "date -999999999 years", NODES.textNode("-999999999-01-01"), INVALID);
                add(cases, base, valid, field, "wrong type (a boolean)", NODES.booleanNode(true), INVALID);
            }
            case DATE_TIME -> {
                add(cases, base, valid, field, "date +999999999 years",
                        NODES.textNode("+999999999-12-31T00:00:00Z"), INVALID);
                add(cases, base, valid, field, "date -999999999 years",
                        NODES.textNode("-999999999-01-01T00:00:00Z"), INVALID);
                add(cases, base, valid, field, "zone UTC+18", NODES.textNode("2026-12-01T10:00:00UTC+18"), INVALID);
                add(cases, base, valid, field, "wrong type (a boolean)", NODES.booleanNode(true), INVALID);
            }
            case INTEGER, NUMBER -> {
                add(cases, base, valid, field, "number 1e308", NODES.numberNode(new BigDecimal("1e308")), INVALID);
                add(cases, base, valid, field, "number of 30 digits",
                        NODES.numberNode(new BigInteger("123456789012345678901234567890")), INVALID);
                add(cases, base, valid, field, "negative number", NODES.numberNode(-1), INVALID);
                if (field.name().toLowerCase().endsWith("days")) {
                    add(cases, base, valid, field, "2^31-1 days", NODES.numberNode(Integer.MAX_VALUE), INVALID);
                }
                if (field.name().toLowerCase().contains("amount")) {
                    add(cases, base, valid, field, "money 10,000,000,000.00",
                            NODES.numberNode(new BigDecimal("10000000000.00")), INVALID);
                }
                add(cases, base, valid, field, "wrong type (text)", NODES.textNode("not a number"), INVALID);
            }
            case BOOLEAN -> add(cases, base, valid, field, "wrong type (text)", NODES.textNode("maybe"), INVALID);
            case LIST -> {
                JsonNode list = Fields.get(valid, field.path());
                ArrayNode withNull = list instanceof ArrayNode a ? a.deepCopy() : NODES.arrayNode();
                withNull.addNull();
                add(cases, base, valid, field, "list with a null element", withNull, INVALID,
                        field.path() + "[" + (withNull.size() - 1) + "]");
                ArrayNode many = NODES.arrayNode();
                JsonNode element = list instanceof ArrayNode a && !a.isEmpty() ? a.get(0) : NODES.textNode("x");
                for (int i = 0; i < 10_000; i++) {
                    many.add(element); // one node, written 10,000 times
                }
                add(cases, base, valid, field, "list of 10,000 elements", many, HUGE);
                add(cases, base, valid, field, "wrong type (text for a list)", NODES.textNode("x"), INVALID);
            }
            case OBJECT -> add(cases, base, valid, field, "wrong type (a list for an object)",
                    NODES.arrayNode().add(1), INVALID);
        }
        if (field.required() && present != null) {
            ObjectNode without = valid.deepCopy();
            if (Fields.remove(without, field.path())) {
                cases.add(body(base, "missing required field", field.path(), without, INVALID, names(field.path())));
            }
        }
        return cases;
    }

    /** The container's own refusals: escapes in the path, an outsized header. */
    private List<HostileCase> pathAndHeaders(Base base, String contentType, byte[] body) {
        Supplier<byte[]> same = body == null ? null : () -> body;
        String path = base.path();
        int cut = path.lastIndexOf('/');
        String head = path.substring(0, cut + 1);
        String tail = path.substring(cut + 1);
        List<HostileCase> cases = new ArrayList<>();
        String service = base.operation().service();
        String method = base.operation().method();
        cases.add(new HostileCase(service, endpoint(base), "encoded '/' in the path", "path",
                new Request(method, head + "x%2F" + tail, base.user(), Map.of(), contentType, same), Set.of(400),
                Set.of("path")));
        cases.add(new HostileCase(service, endpoint(base), "NUL in the path", "path",
                new Request(method, head + "x%00" + tail, base.user(), Map.of(), contentType, same), Set.of(400),
                Set.of("path")));
        cases.add(new HostileCase(service, endpoint(base), "60 KB header", "X-Hostile-Padding",
                new Request(method, path, base.user(), Map.of("X-Hostile-Padding", "h".repeat(HEADER_BYTES)),
                        contentType, same), Set.of(400, 431), Set.of("X-Hostile-Padding", "header", "headers")));
        // an id in the path far longer than any id the services mint or accept
        Matcher id = Pattern.compile("\\{([^}]+)}").matcher(base.operation().path());
        String templatePrefix = base.operation().path();
        if (id.find()) {
            String parameter = id.group(1);
            int at = templatePrefix.indexOf("{" + parameter + "}");
            String before = templatePrefix.substring(0, at);
            String rest = path.substring(before.length());
            int end = rest.indexOf('/');
            String overLong = before + "i".repeat(1000) + (end < 0 ? "" : rest.substring(end));
            cases.add(new HostileCase(service, endpoint(base), "over-long id in the path", parameter,
                    new Request(method, overLong, base.user(), Map.of(), contentType, same), Set.of(400, 404, 422),
                    Set.of(parameter, "path", "i".repeat(1000))));
        }
        return cases;
    }

    private void add(List<HostileCase> cases, Base base, ObjectNode valid, Field field, String kind, JsonNode value,
                     Set<Integer> statuses) {
        add(cases, base, valid, field, kind, value, statuses, field.path());
    }

    private void add(List<HostileCase> cases, Base base, ObjectNode valid, Field field, String kind, JsonNode value,
                     Set<Integer> statuses, String named) {
        ObjectNode changed = valid.deepCopy();
        if (!Fields.set(changed, field.path(), value)) {
            return;
        }
        Set<String> names = statuses == HUGE ? Set.copyOf(List.of(named, field.path(), "body")) : names(named);
        if (field.name().equals("tenantId")) {
            // a body naming a tenant other than the token's is refused as such (docs/security.md, "Tenancy")
            statuses = plus(statuses, 403);
        }
        if (!named.equals(field.path())) {
            // an element of a list may be named by its list
            names = Set.copyOf(new java.util.HashSet<>(List.of(named, field.path())));
        }
        cases.add(body(base, kind, named, changed, statuses, names));
    }

    private static Set<Integer> plus(Set<Integer> statuses, int status) {
        java.util.Set<Integer> more = new java.util.HashSet<>(statuses);
        more.add(status);
        return Set.copyOf(more);
    }

    private static Set<String> names(String path) {
        return Set.of(path);
    }

    private HostileCase body(Base base, String kind, String field, JsonNode body, Set<Integer> statuses,
                             Set<String> names) {
        return new HostileCase(base.operation().service(), endpoint(base), kind, field,
                new Request(base.operation().method(), base.path(), base.user(), Map.of(), "application/json",
                        () -> bytes(body)), statuses, names);
    }

    private HostileCase raw(Base base, String kind, String field, String text, Set<Integer> statuses,
                            Set<String> names) {
        return new HostileCase(base.operation().service(), endpoint(base), kind, field,
                new Request(base.operation().method(), base.path(), base.user(), Map.of(), "application/json",
                        () -> text.getBytes(StandardCharsets.UTF_8)), statuses, names);
    }

    private static HostileCase sized(Base base, String contentType, String kind, Supplier<byte[]> body) {
        return new HostileCase(base.operation().service(), endpoint(base), kind, "body",
                new Request(base.operation().method(), base.path(), base.user(), Map.of(), contentType, body),
                TOO_LARGE, Set.of("body"));
    }

    private static HostileCase csvCell(Base base, String[] lines, String[] row, int column, String kind, String name,
                                       String value, Set<Integer> statuses) {
        String[] changed = row.clone();
        changed[column] = value;
        String text = lines[0] + "\n" + String.join(",", changed) + "\n";
        return csvText(base, kind, name, text, statuses, statuses == HUGE ? Set.of(name, "body") : Set.of(name));
    }

    private static HostileCase csvText(Base base, String kind, String field, String text, Set<Integer> statuses,
                                       Set<String> names) {
        return new HostileCase(base.operation().service(), endpoint(base) + " (CSV)", kind, field,
                new Request(base.operation().method(), base.path(), base.user(), Map.of(), "text/csv; charset=UTF-8",
                        () -> text.getBytes(StandardCharsets.UTF_8)), statuses, names);
    }

    private static boolean freeTextColumn(String column) {
        return column.contains("名称") || column.equals("姓名") || column.equals("案场")
                || column.toLowerCase().contains("surname") || column.toLowerCase().contains("name");
    }

    private static byte[] padded(String validText, int over) {
        // valid JSON all the way: the valid body with one more, very long, field
        StringBuilder big = new StringBuilder(over + validText.length());
        big.append("{\"padding\":\"");
        big.append("p".repeat(over));
        big.append("\",").append(validText.substring(1));
        return big.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String endpoint(Base base) {
        return base.operation().method() + " " + base.operation().path();
    }

    private byte[] bytes(Object body) {
        try {
            return body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(String text) {
        return new String(bytes(NODES.textNode(text)), StandardCharsets.UTF_8);
    }
}
