package com.baobei.visit.pii;

/**
 * One answer that shows full numbers: who is shown them, of which record. Every number shown under it is written to
 * {@code contact_read} (PIPL: who has seen a person's number, and when).
 *
 * @param readBy the token's subject of the reader
 */
public record ContactRead(String tenantId, String projectId, String readBy, Record record, String recordId) {

    /** The record whose numbers are shown. */
    public enum Record { VISIT, PURCHASE }

    /** Whose number of the record is shown. */
    public enum Party { CLIENT, BUYER, RELATED }
}
