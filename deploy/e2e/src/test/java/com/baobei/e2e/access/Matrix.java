package com.baobei.e2e.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The role matrix of docs/security.md, read from the document itself: the document is the contract. */
public record Matrix(List<String> roles, List<Row> rows) {

    /** One endpoint: what each role may do there ({@code yes}, {@code own}, {@code projects}, {@code —}). */
    public record Row(String service, String method, String path, Map<String, String> cells) {

        public String key() {
            return method + " " + path;
        }

        public boolean allows(String role) {
            return !cells.get(role).equals("—");
        }
    }

    public static Matrix read(Path document) {
        List<String> lines;
        try {
            lines = Files.readAllLines(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> roles = null;
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() > 3 && cells.get(0).equals("service") && cells.get(2).equals("path")) {
                roles = cells.subList(3, cells.size());
            } else if (roles != null && cells.size() == roles.size() + 3 && cells.get(2).startsWith("/")) {
                Map<String, String> byRole = new LinkedHashMap<>();
                for (int i = 0; i < roles.size(); i++) {
                    byRole.put(roles.get(i), cells.get(i + 3));
                }
                rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), byRole));
            }
        }
        if (roles == null || rows.isEmpty()) {
            throw new IllegalStateException("no role matrix in " + document);
        }
        return new Matrix(List.copyOf(roles), List.copyOf(rows));
    }

    private static List<String> cells(String line) {
        String inner = line.trim();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|")) {
            cells.add(cell.trim());
        }
        return cells;
    }
}
