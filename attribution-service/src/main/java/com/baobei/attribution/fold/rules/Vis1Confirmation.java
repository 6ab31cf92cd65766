package com.baobei.attribution.fold.rules;

import com.baobei.contracts.visit.VisitForm;

/**
 * VIS-1: a channel-brought visit is confirmed when agent, consultant and site manager have all signed
 * the visit form; until then it is pending. The manager may instead mark it invalid, and an invalid
 * first visit is judged as natural (VIS-2). The fold uses the form as it finally stands (the visit's
 * own form, replaced by every later {@code VisitFormSigned} in fold order).
 */
public final class Vis1Confirmation {

    public static final String ID = "VIS-1";

    private Vis1Confirmation() {
    }

    public static VisitForm.Status status(VisitForm form) {
        return form == null ? VisitForm.Status.PENDING : form.status();
    }
}
