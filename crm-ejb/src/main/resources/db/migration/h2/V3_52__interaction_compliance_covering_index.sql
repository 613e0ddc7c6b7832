-- Compliance figures: plain equivalent of PostgreSQL's covering partial index (postgresql/V3_32__...);
-- H2 has neither partial indexes nor included columns, so the columns are part of the key.
create index interaction_compliance_idx on interaction (occurred_at, due_at, awaits_answer,
  answered_at, channel, agent, customer_id);
drop index interaction_deadline_time_idx;
