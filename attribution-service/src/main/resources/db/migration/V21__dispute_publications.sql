-- Dispute outcomes are published like the other decisions (issue 14), on baobei.<tenant>.attribution.disputes:
-- the row counts its publications and keeps the business time of the event behind it, for the envelope.
alter table dispute_outcome add column publications integer not null default 0,
                            add column caused_at timestamptz;
