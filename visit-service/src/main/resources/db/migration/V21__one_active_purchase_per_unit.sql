-- One active purchase per unit of a project (issue 12): a second subscription of a unit is refused until the first
-- is cancelled (PUR-8 frees it). The view row is written in the command's own transaction (subscribing projector),
-- so this index refuses the second of two concurrent subscriptions together with its event.
create unique index purchase_view_one_active_per_unit on purchase_view (tenant_id, project_id, unit_id)
    where cancelled_at is null;
