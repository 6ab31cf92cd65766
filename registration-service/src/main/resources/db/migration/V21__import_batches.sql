-- The audit log of history imports (ADR 0019): registrations that carry their own, earlier times decide who owns a
-- client, so every batch says who brought it in, when, into which project, and how many rows. Written in the
-- import's own transaction: a batch is listed exactly when its registrations are stored.
create table import_batch (
    batch_id varchar(64) not null primary key,
    tenant_id varchar(64) not null,
    project_id varchar(64) not null,
    imported_by varchar(64) not null,
    imported_at timestamp(6) with time zone not null,
    row_count integer not null,
    earliest_registered_at timestamp(6) with time zone not null,
    latest_registered_at timestamp(6) with time zone not null
);
create index import_batch_by_project on import_batch (tenant_id, project_id, imported_at desc);
