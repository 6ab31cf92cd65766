-- PIPL erasure (issue 14, ADR 0033). A full number is erased by deleting its client_contact row: the masked number and
-- the tenant-keyed hash stay in the views and the event log, so every decision stays and keeps its explanation.

-- When a number was last named by a fact this service recorded (a visit, a purchase), so that the tenant's retention
-- period counts from the latest use and not from the first: a buyer who visited three years ago and signed yesterday
-- keeps their number at the desk.
alter table client_contact add column last_seen_at timestamp(6) with time zone;
update client_contact set last_seen_at = first_seen_at;
alter table client_contact alter column last_seen_at set not null;
alter table client_contact alter column last_seen_at set default now();
create index client_contact_by_age on client_contact (tenant_id, last_seen_at);

-- Who asked, when, why, and what each service erased: the record PIPL asks for, readable by the tenant admin. It holds
-- the hash and the masked number only; the reason is checked to hold no full number.
create table erasure_request (
    erasure_id varchar(64) not null primary key,
    tenant_id varchar(64) not null,
    phone_hash varchar(64) not null,
    masked_phone varchar(11),
    trigger varchar(16) not null check (trigger in ('REQUEST', 'RETENTION')),
    requested_by varchar(128) not null,
    reason varchar(500) not null,
    requested_at timestamp(6) with time zone not null,
    full_numbers_erased integer not null,
    -- the projects where the client is known: one visit.ErasureRequested.v1 each, for the registration service
    projects text not null
);
create index erasure_request_by_tenant on erasure_request (tenant_id, requested_at);
create index erasure_request_by_person on erasure_request (tenant_id, phone_hash);

-- The tenant's retention period of full numbers, in days; no row: kept until erased on request.
create table tenant_retention (
    tenant_id varchar(64) not null primary key,
    full_number_days integer not null check (full_number_days between 1 and 36500),
    set_by varchar(128) not null,
    set_at timestamp(6) with time zone not null
);
