-- The only place a full phone number is kept (ID-4): one row per person and tenant, keyed by the
-- tenant-keyed hash that the stored and published events carry. Erasing a person deletes the row;
-- the immutable event log holds only the hash and the masked number.
create table client_contact (
    tenant_id varchar(64) not null,
    phone_hash varchar(64) not null,
    full_phone varchar(11) not null,
    masked_phone varchar(11) not null,
    first_seen_at timestamp(6) with time zone not null default now(),
    primary key (tenant_id, phone_hash)
);

-- Visit ids are made by this service (UUIDs), so they are unique across tenants; every look-up by id
-- still names the caller's tenant, and another tenant's visit is not found.
create table visit_view (
    visit_id varchar(64) not null primary key,
    tenant_id varchar(64) not null,
    project_id varchar(64) not null,
    kind varchar(16) not null,
    client_surname varchar(50),
    masked_phone varchar(11),
    phone_hash varchar(64),
    consultant_id varchar(64),
    registration_id varchar(64),
    agent_signature varchar(2000),
    consultant_signature varchar(2000),
    site_manager_signature varchar(2000),
    form_invalid boolean not null,
    invalid_reason varchar(2000),
    form_status varchar(16),
    accompanied_visit_id varchar(64),
    referrer_phone_hash varchar(64),
    insider boolean not null,
    non_client_reason varchar(32),
    visited_at timestamp(6) with time zone not null,
    -- the token's subject of whoever recorded it
    recorded_by varchar(128) not null,
    turn_taken boolean not null
);
create index visit_view_by_client on visit_view (tenant_id, project_id, phone_hash, visited_at);

-- The office may choose a purchase id (a contract names its subscription's): unique only within a tenant.
create table purchase_view (
    tenant_id varchar(64) not null,
    purchase_id varchar(64) not null,
    project_id varchar(64) not null,
    stage varchar(16) not null,
    unit_id varchar(64) not null,
    unit_type varchar(16) not null,
    amount numeric(17, 2) not null,
    buyer_surname varchar(50) not null,
    masked_phone varchar(11) not null,
    phone_hash varchar(64) not null,
    consultant_id varchar(64) not null,
    related_surname varchar(50),
    related_masked_phone varchar(11),
    related_phone_hash varchar(64),
    relation varchar(16),
    evidence_refs text,
    insider boolean not null,
    subscribed_at timestamp(6) with time zone not null,
    contracted_at timestamp(6) with time zone,
    cancelled_at timestamp(6) with time zone,
    cancel_reason varchar(2000),
    primary key (tenant_id, purchase_id)
);

-- The queue as the last rotation event left it (the events carry the queue after them). The id is
-- tenant:project:day (RotationId), so two tenants' rotations of a project p1 never meet.
create table rotation_view (
    rotation_id varchar(200) not null primary key,
    tenant_id varchar(64) not null,
    project_id varchar(64) not null,
    day date not null,
    queue text not null,
    last_turn_consultant_id varchar(64),
    updated_at timestamp(6) with time zone not null,
    unique (tenant_id, project_id, day)
);

create table ruling_view (
    event_id varchar(64) not null primary key,
    dispute_id varchar(64) not null,
    tenant_id varchar(64) not null,
    project_id varchar(64) not null,
    level varchar(32) not null,
    owner_kind varchar(16) not null,
    channel_id varchar(64),
    agent_id varchar(64),
    rationale varchar(2000) not null,
    ruled_by varchar(128) not null,
    ruled_at timestamp(6) with time zone not null
);
-- A dispute id is the registration service's; rulings are read within the caller's tenant only.
create index ruling_view_by_dispute on ruling_view (tenant_id, dispute_id, ruled_at);

-- Idempotency-Key answers, written in the same transaction as the events they answer for. The
-- answers carry masked numbers only. A key is the caller's own: scoped by tenant and token subject.
create table idempotent_request (
    tenant_id varchar(64) not null,
    actor varchar(128) not null,
    idempotency_key varchar(128) not null,
    fingerprint varchar(64) not null,
    status integer not null,
    body text not null,
    created_at timestamp(6) with time zone not null default now(),
    primary key (tenant_id, actor, idempotency_key)
);
