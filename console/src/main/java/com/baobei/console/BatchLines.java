package com.baobei.console;

import com.baobei.contracts.Texts;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A batch of clients as agents have them: pasted from a chat or a spreadsheet, or a CSV file saved by Excel (which on
 * a Chinese Windows writes GB18030, not UTF-8). One client per line, surname then number, separated by a comma
 * (half- or full-width), a tab or a semicolon, or a space when nothing else separates them; a first line of Chinese
 * or English headers ({@code 客户姓氏,手机号}) names the columns instead. Numbers are read like the one-client form:
 * full or masked, and only the masked form leaves the console.
 */
final class BatchLines {

    static final int MAX_ROWS = 200;

    /** One line: its number in the text (from 1), what was typed, and the masked number when it reads as one. */
    record Row(int line, String surname, String typedPhone, Optional<String> masked) {
        boolean readable() {
            return !surname.isEmpty() && masked.isPresent();
        }
    }

    private BatchLines() {
    }

    /** The file's text: UTF-8 (a BOM dropped) when it is valid UTF-8, GB18030 otherwise. */
    static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(file, Charset.forName("GB18030"));
        }
    }

    static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\r?\\n|\\r");
        int surnameColumn = 0;
        int phoneColumn = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = Texts.normalize(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            List<String> cells = cells(line);
            if (rows.isEmpty() && isHeader(cells)) {
                surnameColumn = indexOf(cells, true);
                phoneColumn = indexOf(cells, false);
                continue;
            }
            String surname = cell(cells, surnameColumn);
            String phone = cell(cells, phoneColumn);
            rows.add(new Row(i + 1, surname, phone, PhoneNumbers.masked(phone)));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String[] parts = line.split("[,，\\t;；]", -1);
        if (parts.length == 1) {
            // "王 138 1234 5678": the surname, then the number with its own spaces
            parts = line.split("\\s+", 2);
        }
        List<String> cells = new ArrayList<>();
        for (String part : parts) {
            cells.add(part.strip().replaceAll("^\"|\"$", ""));
        }
        return cells;
    }

    private static boolean isHeader(List<String> cells) {
        return indexOf(cells, true) >= 0 && indexOf(cells, false) >= 0;
    }

    private static int indexOf(List<String> cells, boolean surname) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).toLowerCase(java.util.Locale.ROOT);
            boolean match = surname ? cell.contains("姓") || cell.contains("surname") || cell.equals("name")
                    : cell.contains("手机") || cell.contains("电话") || cell.contains("phone");
            if (match) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
