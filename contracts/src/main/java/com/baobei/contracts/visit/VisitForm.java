package com.baobei.contracts.visit;

/**
 * The visit confirmation form (来访客户确认单). Confirmed when agent, consultant and site manager
 * have all signed; the site manager may instead mark it invalid with a reason (VIS-1).
 */
public record VisitForm(
        String agentSignature,
        String consultantSignature,
        String siteManagerSignature,
        boolean invalid,
        String invalidReason) {

    public static final VisitForm NONE = new VisitForm(null, null, null, false, null);

    public Status status() {
        if (invalid) {
            return Status.INVALID;
        }
        boolean allSigned = agentSignature != null && consultantSignature != null && siteManagerSignature != null;
        return allSigned ? Status.CONFIRMED : Status.PENDING;
    }

    public enum Status { PENDING, CONFIRMED, INVALID }
}
