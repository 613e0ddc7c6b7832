-- The journey (touchpoints, stage history), interactions, cases and root causes: the tables that
-- several features read, created together so that their keys line up. Portable SQL for
-- PostgreSQL and H2 (MODE=PostgreSQL); vendor-only indexes (partial ones) live in <vendor>/.
-- Each feature adds its own later objects as V3_<n> files.

create sequence touchpoint_seq start with 50 increment by 50;
create sequence stage_change_seq start with 50 increment by 50;
create sequence interaction_seq start with 50 increment by 50;
create sequence service_case_seq start with 50 increment by 50;
create sequence root_cause_seq start with 50 increment by 50;

-- A place where the customer meets the business; the business edits the catalogue.
create table touchpoint (
  id          bigint       primary key,
  version     integer      not null,
  name_ja     varchar(200) not null,
  name_en     varchar(200) not null,
  stage       varchar(20)  not null,
  channel     varchar(20)  not null,
  active      boolean      not null,
  created_at  timestamp with time zone not null,
  updated_at  timestamp with time zone not null,
  constraint touchpoint_stage_ck check (stage in ('AWARENESS', 'CONSIDERATION', 'PURCHASE',
    'SERVICE', 'ADVOCACY')),
  constraint touchpoint_channel_ck check (channel in ('EMAIL', 'PHONE', 'SMS', 'SOCIAL', 'WEB',
    'IN_PERSON'))
);
create index touchpoint_stage_idx on touchpoint (stage, id);

-- Each customer is at one stage; the history of changes feeds the funnel and time in stage.
alter table customer add column stage varchar(20) default 'AWARENESS' not null;
alter table customer add column stage_since timestamp with time zone;
update customer set stage = case lifecycle when 'PROSPECT' then 'CONSIDERATION' else 'SERVICE' end,
  stage_since = created_at;
alter table customer add constraint customer_stage_ck check (stage in ('AWARENESS',
  'CONSIDERATION', 'PURCHASE', 'SERVICE', 'ADVOCACY'));
create index customer_stage_idx on customer (stage, id);

create table customer_stage_change (
  id          bigint       primary key,
  customer_id bigint       not null references customer (id),
  from_stage  varchar(20),
  to_stage    varchar(20)  not null,
  changed_at  timestamp with time zone not null,
  changed_by  varchar(100) not null
);
create index customer_stage_change_customer_idx on customer_stage_change (customer_id, changed_at, id);
create index customer_stage_change_at_idx on customer_stage_change (changed_at, to_stage);

-- Root causes the business keeps; a resolved case names one.
create table root_cause (
  id          bigint       primary key,
  version     integer      not null,
  category    varchar(20)  not null,
  name_ja     varchar(200) not null,
  name_en     varchar(200) not null,
  active      boolean      not null,
  constraint root_cause_category_ck check (category in ('PROCESS', 'COMMUNICATION', 'PRODUCT',
    'STAFF', 'OTHER'))
);

-- A case groups the interactions about one customer problem.
create table service_case (
  id                bigint       primary key,
  version           integer      not null,
  customer_id       bigint       not null references customer (id),
  type              varchar(20)  not null,
  priority          varchar(10)  not null,
  subject           varchar(300) not null,
  owner             varchar(100) references app_user (username),
  status            varchar(20)  not null,
  root_cause_id     bigint       references root_cause (id),
  resolution        varchar(4000),
  reopen_count      integer      not null,
  first_contact_resolution boolean,
  opened_at         timestamp with time zone not null,
  opened_by         varchar(100) not null,
  resolved_at       timestamp with time zone,
  resolved_by       varchar(100),
  constraint service_case_type_ck check (type in ('COMPLAINT', 'QUESTION', 'REQUEST')),
  constraint service_case_priority_ck check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  constraint service_case_status_ck check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED')),
  constraint service_case_resolved_ck check (status <> 'RESOLVED' or root_cause_id is not null)
);
create index service_case_customer_idx on service_case (customer_id, opened_at, id);
create index service_case_owner_status_idx on service_case (owner, status, opened_at, id);
create index service_case_status_idx on service_case (status, opened_at, id);
create index service_case_resolved_idx on service_case (resolved_at);

-- One contact on one channel. due_at is computed from the response standard when an inbound
-- interaction awaits an answer; answered_at and answered_by are set by the answer that stops the
-- clock. stage is copied from the touchpoint so that maps and funnels need no join.
create table interaction (
  id             bigint       primary key,
  version        integer      not null,
  customer_id    bigint       not null references customer (id),
  contact_name   varchar(200),
  channel        varchar(20)  not null,
  direction      varchar(10)  not null,
  occurred_at    timestamp with time zone not null,
  touchpoint_id  bigint       references touchpoint (id),
  stage          varchar(20),
  agent          varchar(100) references app_user (username),
  subject        varchar(300),
  summary        varchar(4000),
  outcome        varchar(500),
  emotion        smallint,
  awaits_answer  boolean      not null,
  due_at         timestamp with time zone,
  answered_at    timestamp with time zone,
  answered_by    bigint       references interaction (id),
  reply_to       bigint       references interaction (id),
  case_id        bigint       references service_case (id),
  external_id    varchar(200),
  created_at     timestamp with time zone not null,
  created_by     varchar(100) not null,
  constraint interaction_channel_ck check (channel in ('EMAIL', 'PHONE', 'SMS', 'SOCIAL', 'WEB',
    'IN_PERSON')),
  constraint interaction_direction_ck check (direction in ('INBOUND', 'OUTBOUND')),
  constraint interaction_emotion_ck check (emotion between -2 and 2),
  constraint interaction_awaits_ck check (direction = 'INBOUND' or not awaits_answer),
  constraint interaction_external_id_uq unique (external_id)
);
-- Timeline (newest first, optionally by channel), answer matching, cases, maps and compliance.
create index interaction_customer_time_idx on interaction (customer_id, occurred_at, id);
create index interaction_customer_channel_time_idx on interaction (customer_id, channel, occurred_at, id);
create index interaction_case_idx on interaction (case_id);
create index interaction_due_idx on interaction (due_at, id);
create index interaction_touchpoint_time_idx on interaction (touchpoint_id, occurred_at);
create index interaction_stage_time_idx on interaction (stage, occurred_at);
create index interaction_agent_time_idx on interaction (agent, occurred_at);
