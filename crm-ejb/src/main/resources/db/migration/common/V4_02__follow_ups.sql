-- The closed loop (issue 12): an unhappy answer opens one follow-up (unique per feedback), for
-- the customer's owner or, when null, the managers' queue. Feature: feedback.
create sequence follow_up_seq start with 50 increment by 50;
create table follow_up (
  id          bigint        primary key,
  version     integer       not null,
  feedback_id bigint        not null references feedback (id),
  customer_id bigint        not null,
  assignee    varchar(100),
  due_at      timestamp with time zone not null,
  status      varchar(10)   not null,
  action      varchar(1000),
  outcome     varchar(500),
  closed_at   timestamp with time zone,
  closed_by   varchar(100),
  created_at  timestamp with time zone not null,
  constraint follow_up_once_uq unique (feedback_id),
  constraint follow_up_status_ck check (status in ('OPEN', 'DONE')),
  constraint follow_up_done_ck check ((status = 'DONE') = (closed_at is not null))
);
-- The owner's queue, the managers' queue (assignee null), the customer's follow-ups.
create index follow_up_assignee_idx on follow_up (status, assignee, due_at, id);
create index follow_up_customer_idx on follow_up (customer_id, status);
