-- Compliance figures: the contacts they count (inbound, awaiting an answer, with a deadline) by the
-- time they occurred, with every column the aggregate reads, so that a period is one index-only
-- range scan (docs/decisions/0005). Replaces interaction_deadline_time_idx of V3_31, which held the
-- same rows without the columns. H2 gets a plain equivalent under the same version.
create index interaction_compliance_idx on interaction (occurred_at)
  include (channel, agent, customer_id, due_at, answered_at)
  where due_at is not null and awaits_answer;
drop index interaction_deadline_time_idx;
