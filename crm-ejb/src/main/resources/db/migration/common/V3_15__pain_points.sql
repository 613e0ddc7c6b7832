-- Pain points: a problem at a touchpoint, with its severity, the customers it affects (linked, or
-- an entered count) and the cases that show it. affected_customers and score are kept by the
-- entity (linked customers if any, else affected_count; times severity) so that the list, ordered
-- by score, is read from an index instead of counting links per request.

create sequence pain_point_seq start with 50 increment by 50;

create table pain_point (
  id                 bigint        primary key,
  version            integer       not null,
  touchpoint_id      bigint        not null references touchpoint (id),
  title              varchar(200)  not null,
  description        varchar(4000),
  severity           integer       not null,
  affected_count     integer       not null,
  affected_customers bigint        not null,
  score              bigint        not null,
  status             varchar(20)   not null,
  created_at         timestamp with time zone not null,
  created_by         varchar(100)  not null,
  updated_at         timestamp with time zone not null,
  updated_by         varchar(100)  not null,
  constraint pain_point_severity_ck check (severity between 1 and 5),
  constraint pain_point_affected_ck check (affected_count >= 0 and affected_customers >= 0),
  constraint pain_point_status_ck check (status in ('OPEN', 'ADDRESSED'))
);
-- The prioritised list (all, by status, by touchpoint), keyset by (score desc, id desc), and the
-- count of open pain points per touchpoint on the emotion map.
create index pain_point_score_idx on pain_point (score, id);
create index pain_point_status_score_idx on pain_point (status, score, id);
create index pain_point_touchpoint_idx on pain_point (touchpoint_id, status, score, id);

create table pain_point_customer (
  pain_point_id bigint not null references pain_point (id),
  customer_id   bigint not null references customer (id),
  constraint pain_point_customer_pk primary key (pain_point_id, customer_id)
);
-- A customer's pain points (and the foreign key's checks when a customer row changes).
create index pain_point_customer_customer_idx on pain_point_customer (customer_id);

create table pain_point_case (
  pain_point_id bigint not null references pain_point (id),
  case_id       bigint not null references service_case (id),
  constraint pain_point_case_pk primary key (pain_point_id, case_id)
);
create index pain_point_case_case_idx on pain_point_case (case_id);
