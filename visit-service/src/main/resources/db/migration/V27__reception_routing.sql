-- ROT-4: a project's reception routes by channel, as the last RoutingSet left them (ADR 0027).
create table routing_view (
    tenant_id varchar(64) not null,
    project_id varchar(64) not null,
    channel_id varchar(64) not null,
    position integer not null,
    agencies varchar(4000) not null,    -- agency ids joined by ','
    set_at timestamp(6) with time zone not null,
    primary key (tenant_id, project_id, channel_id)
);

-- Each visit's reception explained: the channel that brought it (ROT-4), the rules that chose the consultant and
-- why, and whether the consultant took it outside the routing (ROT-4, COM-4: poaching).
alter table visit_view add column channel_id varchar(64);
alter table visit_view add column reception_rule_ids varchar(200);
alter table visit_view add column reception_reason varchar(1000);
alter table visit_view add column outside_routing boolean not null default false;
