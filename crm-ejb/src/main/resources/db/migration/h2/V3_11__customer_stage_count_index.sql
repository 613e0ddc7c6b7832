-- H2 has no partial index; the equivalent carries archived_at, so the per-stage count of customers
-- not archived reads the index alone.
create index customer_stage_active_idx on customer (stage, archived_at);
