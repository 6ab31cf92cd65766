-- ADR 0026: the W3C traceparent a consumed record carried (null when it carried none), kept with the event so a
-- decision published later, by any fold, continues the trace of the event behind it; and, per publication of an
-- outbox row, that event's id (parallel to kinds, decision_ids and publication_numbers; null in rows queued before).
alter table project_event add column traceparent text;
alter table outbox add column cause_event_ids text[];
