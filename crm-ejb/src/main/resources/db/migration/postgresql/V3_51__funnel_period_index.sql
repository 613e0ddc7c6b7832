-- The funnel reads a period's stage changes (about 255,000 in 90 days at a million customers) with
-- the instants each keeps from its customer's history (V3_50): one index-only range scan.
create index customer_stage_change_period_idx on customer_stage_change (changed_at)
  include (customer_id, from_stage, to_stage, entered_at, to_stage_last_left_at,
    from_stage_last_moved_on_at);
-- Its changes are checked against the archived customers and the customers of one relationship
-- type, each read from one of these into a hash, instead of joining every change to the million
-- entries of customer_funnel_idx; the second also counts one type's customers per stage (and those
-- created before a date) by itself.
create index customer_archived_idx on customer (id) where archived_at is not null;
create index customer_type_active_idx on customer (relationship_type, id) include (stage, created_at)
  where archived_at is null;
