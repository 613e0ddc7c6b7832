-- The funnel reads every stage change of a period (about 255,000 in 90 days at a million
-- customers) and joins each to its customer. With only (changed_at, to_stage) it fetched every
-- change from the heap, and the join read the whole customer table (1 GB) to check archived_at.
-- These two indexes carry every column the funnel reads, so both sides are index-only scans.
drop index customer_stage_change_at_idx;
create index customer_stage_change_period_idx on customer_stage_change (changed_at)
  include (customer_id, id, from_stage, to_stage);
create index customer_funnel_idx on customer (id)
  include (stage, created_at, relationship_type) where archived_at is null;
