-- Interactions: plain equivalents of the partial indexes PostgreSQL gets (postgresql/V3_31__...);
-- H2 has no partial indexes and serves small data sets.
create index interaction_open_due_idx on interaction (awaits_answer, answered_at, due_at, id);
create index interaction_open_agent_due_idx on interaction (agent, due_at, id);
create index interaction_awaiting_customer_idx on interaction (customer_id, awaits_answer, occurred_at);
create index interaction_deadline_time_idx on interaction (occurred_at);
