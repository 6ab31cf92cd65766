-- registration_id is the aggregate's id, made by this service (a UUID), so it is unique across tenants; every
-- lookup still names the tenant, and every index starts with it: project and channel ids are unique only inside
-- a tenant.
create table registration_view (
    registration_id varchar(255) not null primary key,
    tenant_id varchar(255) not null,
    project_id varchar(255) not null,
    channel_id varchar(255) not null,
    channel_kind varchar(255) not null,
    agent_id varchar(255) not null,
    client_surname varchar(255) not null,
    masked_phone varchar(255) not null,
    expected_visit_at timestamp(6) with time zone,
    companion_count integer not null,
    registered_at timestamp(6) with time zone not null,
    intake varchar(255) not null,
    imported_by varchar(255)
);
create index registration_view_by_channel
    on registration_view (tenant_id, project_id, channel_id, registered_at desc);
create index registration_view_by_project
    on registration_view (tenant_id, project_id, registered_at desc);

-- Idempotency-Key answers, written in the same transaction as the events they answer for. A key is the caller's
-- own: scoped by tenant and subject (two tenants' identity providers may both have a subject "a1").
create table idempotent_request (
    idempotency_key varchar(128) not null,
    tenant_id varchar(255) not null,
    actor varchar(255) not null,
    fingerprint varchar(64) not null,
    status integer not null,
    body text not null,
    created_at timestamp(6) with time zone not null default now(),
    primary key (idempotency_key, tenant_id, actor)
);
