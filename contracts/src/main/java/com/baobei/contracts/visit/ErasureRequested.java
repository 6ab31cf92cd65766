package com.baobei.contracts.visit;

import com.baobei.contracts.EventData;

/**
 * {@code visit.ErasureRequested.v1}: a client's full number was erased in the visit service (PIPL, ADR 0033), on a
 * person's request or at the end of the tenant's retention period; every service erases what it holds of the client
 * of this event's client key. It carries no personal data beyond what every fact on the topic carries: the client key
 * (with the masked number) and the tenant-keyed hash, never the full number, never who asked or why.
 *
 * @param erasureId the visit service's record of the request (who asked, when, why), one per request
 * @param trigger   REQUEST (a person asked) or RETENTION (the tenant's period ran out)
 */
public record ErasureRequested(String erasureId, String phoneHash, Trigger trigger) implements EventData {

    public enum Trigger { REQUEST, RETENTION }
}
