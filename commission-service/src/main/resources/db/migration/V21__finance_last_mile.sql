-- ADR 0032, finance's last mile.

-- 上期结转: a statement's negative balance is carried forward, not paid back. Statements issued before this rule
-- carried nothing (adding a column with a default rewrites no row through the immutability trigger).
alter table statement add column carried_in numeric(18, 2) not null default 0;
alter table statement add column carried_forward numeric(18, 2) not null default 0;

-- Manual adjustments: proposed by one finance person, approved (or rejected) by another; only approved ones are
-- facts of the ledger. The decision is written once: a proposal row is updated exactly once, from PROPOSED.
create table adjustment (
    tenant_id      text           not null,
    adjustment_id  text           not null,
    project_id     text           not null,
    channel_id     text           not null,
    amount         numeric(18, 2) not null,
    reason         text           not null,
    inquiry_id     text,
    status         text           not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    proposed_by    text           not null,
    proposed_at    timestamptz    not null,
    decided_by     text,
    decided_at     timestamptz,
    decision_note  text,
    primary key (tenant_id, adjustment_id)
);
create index adjustment_channel on adjustment (tenant_id, project_id, channel_id);

-- Commission inquiries: a channel questions one line of a statement; finance answers with an adjustment (linked)
-- or a reasoned refusal.
create table inquiry (
    tenant_id      text        not null,
    inquiry_id     text        not null,
    project_id     text        not null,
    channel_id     text        not null,
    statement_id   text        not null,
    line_key       text        not null,
    question       text        not null,
    raised_by      text        not null,
    raised_at      timestamptz not null,
    status         text        not null check (status in ('OPEN', 'ADJUSTED', 'REFUSED')),
    answer         text,
    adjustment_id  text,
    answered_by    text,
    answered_at    timestamptz,
    primary key (tenant_id, inquiry_id)
);
create index inquiry_channel on inquiry (tenant_id, project_id, channel_id);
