-- PIPL erasure (issue 14, ADR 0033): the evidence files of an erased client's disputes lose their content (call
-- recordings, photos with the client in them); the row stays with its SHA-256, so a ruling that cited the file still
-- names what it saw, and the file reads as erased (410) instead of missing.
alter table evidence_file alter column content drop not null;
alter table evidence_file add column erased_at timestamp(6) with time zone;
alter table evidence_file add column erasure_id varchar(64);

-- Each visit.ErasureRequested.v1 applied, by its event id: a redelivery finds its row and changes nothing.
create table erasure_applied (
    event_id varchar(64) not null primary key,
    erasure_id varchar(64) not null,
    tenant_id varchar(255) not null,
    project_id varchar(255) not null,
    client_key varchar(300) not null,
    files_erased integer not null,
    applied_at timestamp(6) with time zone not null
);
create index erasure_applied_by_erasure on erasure_applied (tenant_id, erasure_id);
