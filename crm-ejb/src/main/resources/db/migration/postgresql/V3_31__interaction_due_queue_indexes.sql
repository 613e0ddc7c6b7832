-- Interactions: indexes for the due queue, the answer rule and the compliance figures. Partial, so
-- that each holds only the rows it serves: at any time few contacts are open, whatever the history.
-- H2 gets plain equivalents under the same version (h2/V3_31__...).

-- The due queue, everyone's and one agent's: open contacts by deadline.
create index interaction_open_due_idx on interaction (due_at, id)
  where awaits_answer and answered_at is null and due_at is not null;
create index interaction_open_agent_due_idx on interaction (agent, due_at, id)
  where awaits_answer and answered_at is null and due_at is not null;

-- The answer rule: a customer's contacts that await an answer, by time.
create index interaction_awaiting_customer_idx on interaction (customer_id, occurred_at)
  where awaits_answer;

-- Compliance figures: contacts with a deadline, by the time they occurred.
create index interaction_deadline_time_idx on interaction (occurred_at)
  where due_at is not null;
