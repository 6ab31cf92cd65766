-- The outbox becomes a queue of references. A row names the decision and its publication number;
-- the relay reads the decision's projection row when it sends, so a decision's JSON is written once
-- (in its projection row), not twice. If the decision changed again before the relay got to it,
-- only its latest publication is sent (a superseded reference is dropped): consumers see each
-- decision's current state, in order, and skip nothing that still stands.
-- Rows are deleted once the broker acknowledged them: the topics are the record of publication.
-- Rows queued before this migration keep their payload and are sent as they are.
delete from outbox where sent_at is not null;
drop index outbox_unsent;
alter table outbox drop column sent_at;
alter table outbox alter column topic drop not null,
                   alter column record_key drop not null,
                   alter column event_id drop not null,
                   alter column payload drop not null;
alter table outbox add column kind text,
                   add column decision_id text,
                   add column publication integer;

-- The business time of the event behind a decision: the published envelope's occurredAt.
alter table registration_verdict add column caused_at timestamptz;
alter table client_ownership add column caused_at timestamptz;
alter table purchase_attribution add column caused_at timestamptz;
