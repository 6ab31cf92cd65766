-- Commission service schema. Open statements are not stored: they are recomputed from the facts below
-- (deals, fines, agreements, issued statements) whenever they are read. Issued statements never change.
-- Every key starts with the tenant (the developer): project, channel, purchase, fine and statement ids are unique
-- only inside a tenant, so two developers may both have project p1 and channel jiayuan (ADR 0015).

-- Inbox: every consumed event, recorded in the same transaction as its effect, so a re-send changes nothing.
create table inbox (
    tenant_id     text        not null,
    event_id      text        not null,
    event_type    text        not null,
    project_id    text,
    topic         text        not null,
    kafka_partition int       not null,
    kafka_offset  bigint      not null,
    payload       text        not null,
    received_at   timestamptz not null default now(),
    primary key (tenant_id, event_id)
);

-- The latest attribution of each purchase (attribution.PurchaseAttributed.v1); older revisions never overwrite it.
create table deal (
    tenant_id     text        not null,
    project_id    text        not null,
    purchase_id   text        not null,
    channel_id    text,
    agent_id      text,
    unit_id       text,
    unit_type     text,
    amount        numeric,
    subscribed_at timestamptz,
    contracted_at timestamptz,
    cancelled_at  timestamptz,
    revision      int         not null,
    event_id      text        not null,
    recorded_at   timestamptz not null,
    rule_ids      text        not null,
    primary key (tenant_id, project_id, purchase_id)
);
create index deal_by_channel on deal (tenant_id, project_id, channel_id);

-- A channel's agreement per project (COM-1..3, PUR-3): the whole versioned body, with every revision kept.
create table agreement (
    tenant_id   text        not null,
    project_id  text        not null,
    channel_id  text        not null,
    revision    int         not null,
    body        jsonb       not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    primary key (tenant_id, project_id, channel_id)
);
create table agreement_revision (
    tenant_id   text        not null,
    project_id  text        not null,
    channel_id  text        not null,
    revision    int         not null,
    body        jsonb       not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    primary key (tenant_id, project_id, channel_id, revision)
);

-- COM-4 fines, with the escalation decided when recorded.
create table fine (
    tenant_id      text        not null,
    fine_id        text        not null,
    project_id     text        not null,
    channel_id     text        not null,
    agent_id       text,
    reason         text        not null,
    offence_number int         not null,
    consequence    text        not null,
    charges        jsonb       not null,
    recorded_at    timestamptz not null,
    recorded_by    text        not null,
    note           text,
    primary key (tenant_id, fine_id)
);
create index fine_by_channel on fine (tenant_id, project_id, channel_id);

-- Issued statements (COM-5): the whole statement as issued, and its lines for queries and reconciliation.
-- A statement id (<projectId>:<channelId>:<period start>) is unique inside its tenant, like the project id in it.
create table statement (
    tenant_id     text           not null,
    statement_id  text           not null,
    project_id    text           not null,
    channel_id    text           not null,
    period_start  date           not null,
    period_end    date           not null,
    state         text           not null check (state = 'ISSUED'),
    issued_at     timestamptz    not null,
    issued_by     text           not null,
    deal_count    int            not null,
    gross         numeric(18, 2) not null,
    adjustments   numeric(18, 2) not null,
    fines         numeric(18, 2) not null,
    net_payable   numeric(18, 2) not null,
    body          jsonb          not null,
    primary key (tenant_id, statement_id),
    unique (tenant_id, project_id, channel_id, period_start)
);

-- Every money line keyed by what caused it: one line per (statement, kind, original period, key).
create table statement_line (
    tenant_id             text           not null,
    statement_id          text           not null,
    line_no               int            not null,
    kind                  text           not null,
    line_key              text           not null,
    account_period_start  date,
    purchase_id           text,
    fine_id               text,
    cause                 text,
    cause_event_id        text,
    basis_event_id        text,
    amount                numeric(18, 2) not null,
    primary key (tenant_id, statement_id, line_no),
    unique (tenant_id, statement_id, kind, account_period_start, line_key),
    foreign key (tenant_id, statement_id) references statement (tenant_id, statement_id)
);
create index statement_line_by_purchase on statement_line (tenant_id, purchase_id);

-- COM-5 in the database itself: an issued statement and its lines can be neither changed nor deleted.
create function forbid_change_of_issued() returns trigger language plpgsql as $$
begin
    raise exception 'an issued statement never changes (COM-5): % on %', tg_op, tg_table_name;
end;
$$;
create trigger statement_immutable before update or delete on statement
    for each row execute function forbid_change_of_issued();
create trigger statement_line_immutable before update or delete on statement_line
    for each row execute function forbid_change_of_issued();

-- Outbox: events to publish, written in the same transaction as the change they announce.
-- Event ids are unique on the topic (consumers dedupe by them), so they include the tenant where derived.
create table outbox (
    id            bigserial primary key,
    tenant_id     text        not null,
    event_id      text        not null unique,
    topic         text        not null,
    record_key    text        not null,
    payload       bytea       not null,
    created_at    timestamptz not null default now(),
    published_at  timestamptz
);
create index outbox_unpublished on outbox (id) where published_at is null;
