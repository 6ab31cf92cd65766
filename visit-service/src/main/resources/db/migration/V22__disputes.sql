-- The disputes channels raised (registration.Disputed.v1 on baobei.registration.events), so that a ruling names a
-- dispute that exists, of the caller's tenant, at its project and about its client (issue 12, ADR 0020). A dispute is
-- raised once: a redelivery or a replay from the start inserts nothing.
create table dispute (
    tenant_id varchar(64) not null,
    dispute_id varchar(64) not null,
    project_id varchar(64) not null,
    kind varchar(16) not null,
    channel_id varchar(64) not null,
    masked_phone varchar(11),
    event_id varchar(36) not null,
    raised_at timestamp(6) with time zone not null,
    primary key (tenant_id, dispute_id)
);
