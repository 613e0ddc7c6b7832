-- Metrics (issue 13, docs/decisions/0018): retention and churn from a rollup of the customers, kept
-- in the transaction that creates or changes a customer. A customer counts from the day it is one
-- (customer_since) to the day it churned; prospects and archived records do not count. The cuts
-- are the customer's own: SEGMENT, RELATIONSHIP_TYPE and AGENT (its owner), as they are now.

-- What the rollup holds for each counted customer now, so that a change subtracts exactly what
-- the customer added before.
create table metric_customer (
  customer_id bigint not null,
  since_day   date   not null,
  churn_day   date,
  constraint metric_customer_pk primary key (customer_id)
);
create table metric_customer_cut (
  customer_id bigint       not null,
  cut         varchar(20)  not null,
  cut_value   varchar(100) not null,
  constraint metric_customer_cut_pk primary key (customer_id, cut, cut_value)
);

-- Per cut value (ALL with '' for everything) and day: customers who became one that day, and
-- customers who churned that day. Active at the start of day X = joined before X - churned before X.
create table metric_customer_day (
  cut       varchar(20)  not null,
  cut_value varchar(100) not null,
  on_day    date         not null,
  joined    integer      not null,
  churned   integer      not null,
  constraint metric_customer_day_pk primary key (cut, cut_value, on_day)
);

-- The churned customers by the day they churned and the day they became one: the customers lost in
-- a period are those who churned in it and were customers before it started.
create table metric_churn (
  cut       varchar(20)  not null,
  cut_value varchar(100) not null,
  churn_day date         not null,
  since_day date         not null,
  customers integer      not null,
  constraint metric_churn_pk primary key (cut, cut_value, churn_day, since_day)
);

-- The rollup reads customers through the shared view: the columns it needs are added at the end.
create or replace view shared_customer as
  select id, name, owner, relationship_type, stage, created_at, archived_at, lifecycle,
         customer_since, churned_on
  from customer;
