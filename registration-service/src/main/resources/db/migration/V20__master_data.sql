-- Master data of each tenant (ADR 0014): the current state of every entity, written by the subscribing
-- master-data-view processor in the command's transaction. The history is in the event store.
create table master_data (
    tenant_id varchar(64) not null,
    kind varchar(16) not null,          -- tenant, project, channel, agent, consultant
    id varchar(129) not null,           -- agents: channel:agent, consultants: project:consultant
    parent_id varchar(64),              -- the channel of an agent, the project of a consultant
    active boolean not null,
    body jsonb not null,
    changed_at timestamp(6) with time zone not null,
    primary key (tenant_id, kind, id)
);
create index master_data_children on master_data (tenant_id, kind, parent_id, id);
