-- The registration clock of each project (ADR 0036): the time the last registration into it was stamped with. A
-- registration stamps its time here, under this row's lock, in the transaction that stores it; so within a project
-- the store's order (and the topic's) is the order of registration times, and no two share a millisecond.
create table project_registration_clock (
    tenant_id  varchar(64) not null,
    project_id varchar(64) not null,
    last_at    timestamp(6) with time zone not null,
    primary key (tenant_id, project_id)
);
