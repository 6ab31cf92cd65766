-- One outbox row per fold instead of one per publication: a fold of a replayed project publishes
-- thousands of decisions, and a row, an index entry and a delete for each cost the database more
-- than the decisions' own rows. The row lists the fold's publications in three parallel arrays
-- (kind, decision id, publication number), in the order the fold made them; the relay sends them
-- in that order and deletes the row once all are acknowledged. Rows of the earlier forms (one
-- reference per row; a whole message before V2) are still sent as they are, in id order with the rest.
alter table outbox add column kinds text[],
                   add column decision_ids text[],
                   add column publication_numbers integer[];
