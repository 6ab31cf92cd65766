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
create index registration_view_by_channel on registration_view (project_id, channel_id, registered_at desc);

-- Idempotency-Key answers, written in the same transaction as the events they answer for.
create table idempotent_request (
    idempotency_key varchar(128) not null,
    actor varchar(255) not null,
    fingerprint varchar(64) not null,
    status integer not null,
    body text not null,
    created_at timestamp(6) with time zone not null default now(),
    primary key (idempotency_key, actor)
);
