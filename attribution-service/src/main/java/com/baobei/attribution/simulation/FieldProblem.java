package com.baobei.attribution.simulation;

/** One reason a request was refused: the JSON path of the field and why. */
public record FieldProblem(String field, String message) {

    /** Splits the "field: why" form used by policies and events. */
    public static FieldProblem parse(String prefix, String problem) {
        int colon = problem.indexOf(": ");
        String field = colon < 0 ? "" : problem.substring(0, colon);
        String message = colon < 0 ? problem : problem.substring(colon + 2);
        return new FieldProblem(join(prefix, field), message);
    }

    public static String join(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        if (field.isEmpty()) {
            return prefix;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }
}
