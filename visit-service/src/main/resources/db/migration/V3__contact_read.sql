-- PIPL: every answer that showed someone a full phone number (GET visits/{id}, GET purchases/{id}) is
-- written here, in the same transaction as the read: who read, whose number, of which record, when.
-- The number itself never: the client key (tenant:project:masked) and the tenant-keyed hash name the
-- person, so "who has seen my number" is answerable without keeping a second copy of it.
create table contact_read (
    id bigint generated always as identity primary key,
    tenant_id varchar(64) not null,
    project_id varchar(64) not null,
    read_by varchar(128) not null,
    record_kind varchar(16) not null check (record_kind in ('VISIT', 'PURCHASE')),
    record_id varchar(64) not null,
    party varchar(16) not null check (party in ('CLIENT', 'BUYER', 'RELATED')),
    client_key varchar(200) not null,
    phone_hash varchar(64) not null,
    read_at timestamp(6) with time zone not null
);
create index contact_read_by_person on contact_read (tenant_id, phone_hash, read_at);
create index contact_read_by_reader on contact_read (tenant_id, read_by, read_at);
