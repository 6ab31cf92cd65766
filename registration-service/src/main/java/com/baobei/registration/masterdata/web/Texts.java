package com.baobei.registration.masterdata.web;

import java.text.Normalizer;

/** Inputs cross the trust boundary once: full-width letters and digits become plain (NFKC), edges are trimmed. */
final class Texts {

    private Texts() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        return normalised.isEmpty() ? null : normalised;
    }
}
