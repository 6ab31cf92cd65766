package com.baobei.contracts.visit;

import com.baobei.contracts.EventData;

/**
 * {@code visit.VisitFormSigned.v1}: the form of an earlier visit was completed or invalidated
 * after the visit was recorded. The visit keeps its own business time; this event's business
 * time is when the form changed.
 */
public record VisitFormSigned(String visitId, VisitForm form) implements EventData {
}
