-- Metrics (issue 13, docs/decisions/0018): the recovery rate from a rollup of the done follow-ups,
-- kept in the transactions that close a follow-up or record a customer's feedback (a next answer).
-- What each follow-up added (the day of its unhappy answer and its state: RECOVERED, NOT_RECOVERED
-- or PENDING) and its cuts (the answer's own and its customer's when first counted): a change takes
-- back what it added and adds what it adds now.
create table metric_recovery (
  follow_up_id bigint      not null,
  customer_id  bigint      not null,
  on_day       date        not null,
  state        varchar(15) not null,
  constraint metric_recovery_pk primary key (follow_up_id),
  constraint metric_recovery_state_ck check (state in ('RECOVERED', 'NOT_RECOVERED', 'PENDING'))
);
create index metric_recovery_customer_idx on metric_recovery (customer_id, follow_up_id);

create table metric_recovery_cut (
  follow_up_id bigint       not null,
  cut          varchar(20)  not null,
  cut_value    varchar(100) not null,
  constraint metric_recovery_cut_pk primary key (follow_up_id, cut, cut_value)
);

-- Per cut value and day of the unhappy answer (business time zone): the done follow-ups by state.
create table metric_recovery_day (
  cut           varchar(20)  not null,
  cut_value     varchar(100) not null,
  on_day        date         not null,
  recovered     integer      not null,
  not_recovered integer      not null,
  pending       integer      not null,
  constraint metric_recovery_day_pk primary key (cut, cut_value, on_day)
);

-- One row per customer with a done follow-up, locked while its follow-ups are counted again, so
-- that a closing and a new answer of the same customer never count from the same old states.
create table metric_recovery_lock (
  customer_id bigint not null,
  constraint metric_recovery_lock_pk primary key (customer_id)
);

-- The rollup reads the follow-ups through this view (feature feedback owns them).
create view shared_follow_up as
  select id, feedback_id, customer_id, status from follow_up;
