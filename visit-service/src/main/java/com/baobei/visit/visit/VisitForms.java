package com.baobei.visit.visit;

import com.baobei.contracts.visit.VisitForm;
import com.baobei.visit.shared.InvalidCommandException;

/** VIS-1: an invalid form gives its reason; a reason belongs only to an invalid form. */
public final class VisitForms {

    private VisitForms() {
    }

    /** @param prefix where the form sits in the request, e.g. {@code "form."}, or empty */
    public static void requireConsistent(VisitForm form, String prefix) {
        boolean hasReason = form.invalidReason() != null && !form.invalidReason().isBlank();
        if (form.invalid() && !hasReason) {
            throw new InvalidCommandException(prefix + "invalidReason", "VIS-1: marking a form invalid needs a reason");
        }
        if (!form.invalid() && form.invalidReason() != null) {
            throw new InvalidCommandException(prefix + "invalidReason", "VIS-1: a reason only for an invalid form");
        }
    }
}
