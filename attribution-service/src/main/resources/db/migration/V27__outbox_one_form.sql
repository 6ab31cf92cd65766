-- The outbox has one form: a fold's publications in parallel arrays (V3, V26). The columns of the two earlier forms
-- (a whole message per row, V1; one reference per row, V2) go: no installation ever queued a row in them (issue 16),
-- so nothing reads them any more.
delete from outbox where kinds is null;
alter table outbox drop column topic,
                   drop column record_key,
                   drop column event_id,
                   drop column payload,
                   drop column kind,
                   drop column decision_id,
                   drop column publication;
alter table outbox alter column kinds set not null,
                   alter column decision_ids set not null,
                   alter column publication_numbers set not null;
