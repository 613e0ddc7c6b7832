-- Metrics (issue 13, docs/decisions/0018): standard compliance and response times of the inbound
-- contacts that await an answer by a deadline, from a rollup kept in the transactions that log
-- contacts or settle their answers (a contact moved into or out of a case). What each contact
-- added (its day, deadline, response time in whole seconds, channel and agent) and its customer's
-- cuts when first counted: a change takes back what it added and adds what it adds now.
create table metric_contact (
  interaction_id bigint                   not null,
  customer_id    bigint                   not null,
  on_day         date                     not null,
  due_at         timestamp with time zone not null,
  secs           bigint,
  in_time        boolean,
  channel        varchar(20)              not null,
  agent          varchar(100),
  constraint metric_contact_pk primary key (interaction_id)
);
create index metric_contact_customer_idx on metric_contact (customer_id, interaction_id);

create table metric_contact_cut (
  interaction_id bigint       not null,
  cut            varchar(20)  not null,
  cut_value      varchar(100) not null,
  constraint metric_contact_cut_pk primary key (interaction_id, cut, cut_value)
);

-- Per cut value (ALL, SEGMENT, RELATIONSHIP_TYPE, CHANNEL, AGENT) and day the contacts came in
-- (business time zone): the answered ones, in time and late.
create table metric_contact_day (
  cut       varchar(20)  not null,
  cut_value varchar(100) not null,
  on_day    date         not null,
  in_time   integer      not null,
  late      integer      not null,
  constraint metric_contact_day_pk primary key (cut, cut_value, on_day)
);

-- The unanswered ones, one row per contact and cut value: overdue or pending depends on the time of
-- the request, and they are few (the due queue).
create table metric_contact_open (
  cut            varchar(20)              not null,
  cut_value      varchar(100)             not null,
  on_day         date                     not null,
  interaction_id bigint                   not null,
  due_at         timestamp with time zone not null,
  constraint metric_contact_open_pk primary key (cut, cut_value, on_day, interaction_id)
);
create index metric_contact_open_interaction_idx on metric_contact_open (interaction_id);

-- The answered ones' response times: per day and bucket of response times (ResponseTimes) the
-- count, and per bucket, day and second the count, so that the exact median and p90 of a period are
-- found among the period's buckets and then among one bucket's seconds.
create table metric_response_day (
  cut       varchar(20)  not null,
  cut_value varchar(100) not null,
  on_day    date         not null,
  bucket    integer      not null,
  answered  integer      not null,
  constraint metric_response_day_pk primary key (cut, cut_value, on_day, bucket)
);

create table metric_response_second (
  cut       varchar(20)  not null,
  cut_value varchar(100) not null,
  bucket    integer      not null,
  on_day    date         not null,
  secs      bigint       not null,
  answered  integer      not null,
  constraint metric_response_second_pk primary key (cut, cut_value, bucket, on_day, secs)
);

-- One row per customer, locked by the transaction that recounts its contacts.
create table metric_contact_lock (
  customer_id bigint not null,
  constraint metric_contact_lock_pk primary key (customer_id)
);

-- The rollup reads the contacts through this view (feature interaction owns them).
create view shared_contact as
  select id, customer_id, occurred_at, due_at, answered_at, channel, agent
  from interaction
  where due_at is not null and awaits_answer = true;
