-- What a feature shares with the others, as read-only views: a feature's SQL names its own tables
-- and these views, never another feature's tables (docs/decisions/0011). A view lists only the
-- columns other features read; PostgreSQL and H2 expand it into the query that names it, so the
-- plans (index-only scans included) are those of the table itself.

-- customer: who the customer is, whose it is, and where it stands.
create view shared_customer as
  select id, name, owner, relationship_type, stage, created_at, archived_at from customer;

create view shared_customer_segment as
  select customer_id, label from customer_segment;

-- journey: the trail of stage changes.
create view shared_stage_change as
  select id, customer_id, from_stage, to_stage, changed_at, changed_by from customer_stage_change;

-- interaction: contacts and cases.
create view shared_interaction as
  select id, customer_id, occurred_at, channel, stage, touchpoint_id, emotion from interaction;

create view shared_service_case as
  select id, customer_id, subject, status from service_case;
