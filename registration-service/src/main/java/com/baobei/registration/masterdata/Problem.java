package com.baobei.registration.masterdata;

/** One thing wrong: which field (a JSON path, or row and column of an import) and why. */
public record Problem(String field, String message) {
}
