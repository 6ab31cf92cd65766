package com.baobei.registration.web;

/** One thing wrong with a request: which field (a JSON path, or row and column of an import) and why. */
public record FieldProblem(String field, String message) {

    /**
     * The JSON path of a Bean Validation property path: an element of a list is {@code evidenceRefs[1]}, not the
     * validator's {@code evidenceRefs[1].<list element>}.
     */
    static String path(String propertyPath) {
        return propertyPath.replace(".<list element>", "").replace("<list element>", "");
    }
}
