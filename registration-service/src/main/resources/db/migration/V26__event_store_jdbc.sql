-- Axon's JDBC storage engine (ADR 0034, the write path) inserts an event without its global index and lets the
-- database number it: the same sequence the JPA engine and NewRegistrationAppender draw from, one number at a time.
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_seq');
alter sequence domain_event_entry_seq owned by domain_event_entry.global_index;
