-- H2 has neither INCLUDE nor partial indexes; the equivalents carry the same columns as keys, so
-- the funnel's period scan and its join to the customers read the indexes alone.
drop index customer_stage_change_at_idx;
create index customer_stage_change_period_idx on customer_stage_change
  (changed_at, customer_id, id, from_stage, to_stage);
create index customer_funnel_idx on customer
  (id, archived_at, stage, created_at, relationship_type);
