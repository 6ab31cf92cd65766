package com.baobei.registration.masterdata.web;

/**
 * Inputs cross the trust boundary once: full-width letters and digits become plain (NFKC, the contracts' one text
 * policy), edges are trimmed.
 */
final class Texts {

    private Texts() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalised = com.baobei.contracts.Texts.normalize(value).strip();
        return normalised.isEmpty() ? null : normalised;
    }
}
