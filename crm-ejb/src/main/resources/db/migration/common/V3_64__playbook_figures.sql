-- What the playbook figures read (docs/decisions/0014): when a task was first due (a reschedule
-- moves due_on, never planned_on), and the business day it was closed on.
alter table task add column planned_on date;
update task set planned_on = due_on;
alter table task alter column planned_on set not null;
alter table task add column closed_on date;
create index task_planned_idx on task (planned_on, status);

-- interaction shares with the playbook figures who made an outbound contact and why.
create or replace view shared_interaction as
  select id, customer_id, occurred_at, channel, stage, touchpoint_id, emotion, direction, purpose,
         agent
  from interaction;
