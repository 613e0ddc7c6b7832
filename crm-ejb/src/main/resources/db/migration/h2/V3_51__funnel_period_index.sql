-- H2 has no INCLUDE; the equivalent carries the same columns as keys, so the funnel's period scan
-- reads the index alone (V3_50 added the instants each change keeps from its customer's history).
create index customer_stage_change_period_idx on customer_stage_change
  (changed_at, customer_id, from_stage, to_stage, entered_at, to_stage_last_left_at,
    from_stage_last_moved_on_at);
-- The archived customers and the customers of one relationship type, for the period's changes.
create index customer_archived_idx on customer (archived_at, id);
create index customer_type_active_idx on customer (relationship_type, archived_at, id, stage, created_at);
