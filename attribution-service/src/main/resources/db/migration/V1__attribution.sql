-- The inbox: every consumed event, once. Its id recorded in the same transaction as the
-- projection change it caused, so a redelivery inserts nothing and changes nothing.
create table project_event (
    event_id    text primary key,
    tenant_id   text        not null,
    project_id  text        not null,
    event_type  text        not null,
    occurred_at timestamptz not null,
    recorded_at timestamptz not null,
    received_at timestamptz not null default now(),
    payload     jsonb       not null
);
create index project_event_by_project on project_event (tenant_id, project_id);

-- One row per folded project: the row lock serialises the consumer and a policy change, and
-- event_count and fold_seq tell an instance whether its in-memory copy of the project is current.
-- dirty_since: events stored but not folded yet (a replay defers folds); a sweeper folds them.
create table project_state (
    tenant_id   text   not null,
    project_id  text   not null,
    event_count bigint not null,
    fold_seq    bigint not null,
    folded_at   timestamptz,
    dirty_since timestamptz,
    primary key (tenant_id, project_id)
);
create index project_state_dirty on project_state (dirty_since) where dirty_since is not null;

-- Policy versions per project of a tenant (two tenants may both have a project p1); version 1 is
-- always the rulebook defaults (never stored).
create table project_policy (
    tenant_id      text        not null,
    project_id     text        not null,
    version        integer     not null,
    effective_from date        not null,
    settings       jsonb       not null,
    created_at     timestamptz not null default now(),
    primary key (tenant_id, project_id, version)
);

-- Projections. body = the decision as last published (the JSON of the contracts record, kept as
-- text: it is written far more often than read, and never queried inside);
-- content_hash compares a new fold's decision with it; publications counts what was published.
create table registration_verdict (
    tenant_id       text        not null,
    project_id      text        not null,
    registration_id text        not null,
    client_key      text        not null,
    channel_id      text,
    masked_phone    text,
    verdict         text        not null,
    body            text        not null,
    content_hash    text        not null,
    publications    integer     not null,
    updated_at      timestamptz not null,
    primary key (tenant_id, project_id, registration_id)
);
-- GET verdict names the registration alone, within the caller's tenant
create index registration_verdict_by_id on registration_verdict (tenant_id, registration_id);

-- body: the current ownership as last published; history: every earlier change, oldest first.
-- client_key is tenantId:projectId:maskedPhone (ClientKeys, ADR 0004; ids hold no ':'), so it is
-- unique across tenants by itself.
create table client_ownership (
    client_key    text        primary key,
    tenant_id     text        not null,
    project_id    text        not null,
    masked_phone  text,
    owner_kind    text        not null,
    channel_id    text,
    status        text        not null,
    body          text        not null,
    history       text        not null,
    content_hash  text        not null,
    decision_hash text        not null,
    publications  integer     not null,
    updated_at    timestamptz not null
);
create index client_ownership_by_phone on client_ownership (tenant_id, project_id, masked_phone);
create index client_ownership_by_project on client_ownership (tenant_id, project_id);

create table purchase_attribution (
    tenant_id    text        not null,
    project_id   text        not null,
    purchase_id  text        not null,
    client_key   text,
    channel_id   text,
    body         text        not null,
    content_hash text        not null,
    publications integer     not null,
    updated_at   timestamptz not null,
    primary key (tenant_id, project_id, purchase_id)
);

create table dispute_outcome (
    tenant_id                 text        not null,
    project_id                text        not null,
    dispute_id                text        not null,
    client_key                text,
    channel_id                text,
    status                    text        not null,
    proposed_owner_channel_id text,
    body                      text        not null,
    content_hash              text        not null,
    updated_at                timestamptz not null,
    primary key (tenant_id, project_id, dispute_id)
);

-- The outbox: decisions to publish, written in the projection's transaction; the relay marks a
-- row sent only after the broker acknowledged it.
create table outbox (
    id         bigserial   primary key,
    topic      text        not null,
    record_key text        not null,
    event_id   text        not null,
    tenant_id  text        not null,
    project_id text        not null,
    payload    text        not null,
    created_at timestamptz not null default now(),
    sent_at    timestamptz
);
create index outbox_unsent on outbox (id) where sent_at is null;
