package com.baobei.visit.web;

/** One thing wrong with a request: which field (a JSON path, or row and column of an import) and why. */
public record FieldProblem(String field, String message) {
}
