-- The local copy of the tenants' master data (ADR 0014), from baobei.masterdata.events: the latest state of each
-- entity, replaced only by a record recorded later (redelivery and replays change nothing).
create table master_data (
    tenant_id varchar(64) not null,
    kind varchar(16) not null,          -- tenant, project, channel, agent, consultant
    id varchar(129) not null,           -- agents: channel:agent, consultants: project:consultant
    active boolean not null,
    body jsonb not null,                -- the event's data, as published
    event_id varchar(36) not null,
    recorded_at timestamp(6) with time zone not null,
    primary key (tenant_id, kind, id)
);
