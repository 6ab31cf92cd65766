-- History imports commit in chunks (ADR 0034): a batch is listed from its first chunk on, says how many of its rows
-- are stored, and is finished when the last chunk commits. Its id and its fingerprint (SHA-256 of the request) make
-- a re-sent import the same batch: it resumes after the last committed chunk, or answers as before when finished.
alter table import_batch add column fingerprint varchar(64);
alter table import_batch add column rows_done integer;
alter table import_batch add column finished_at timestamp(6) with time zone;
update import_batch set rows_done = row_count, finished_at = imported_at;
alter table import_batch alter column rows_done set not null;
create unique index import_batch_once on import_batch (tenant_id, project_id, fingerprint);
