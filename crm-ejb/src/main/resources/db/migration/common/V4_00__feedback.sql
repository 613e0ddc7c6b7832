-- The voice of the customer (issue 12): one row per piece of feedback, from every source.
-- Feature: feedback. Links to the customer, interaction, case and touchpoint are checked by the
-- service, as for tasks (docs/decisions/0011: no foreign keys across features).
create sequence feedback_seq start with 50 increment by 50;
create table feedback (
  id             bigint        primary key,
  version        integer       not null,
  customer_id    bigint        not null,
  kind           varchar(20)   not null,
  received_at    timestamp with time zone not null,
  interaction_id bigint,
  case_id        bigint,
  touchpoint_id  bigint,
  stage          varchar(20),
  channel        varchar(20),
  agent          varchar(100),
  emotion        smallint,
  body           varchar(10000),
  nps            smallint,
  csat           smallint,
  csat_scale     smallint,
  ces            smallint,
  ces_scale      smallint,
  stars          smallint,
  platform       varchar(100),
  link           varchar(2000),
  external_id    varchar(200),
  created_at     timestamp with time zone not null,
  created_by     varchar(100)  not null,
  constraint feedback_external_uq unique (external_id),
  constraint feedback_kind_ck check (kind in ('SURVEY', 'INTERVIEW', 'EMAIL', 'SOCIAL', 'REVIEW',
    'REMARK')),
  constraint feedback_emotion_ck check (emotion between -2 and 2),
  constraint feedback_nps_ck check (nps between 0 and 10),
  constraint feedback_csat_ck check ((csat is null and csat_scale is null)
    or (csat_scale in (5, 7) and csat between 1 and csat_scale)),
  constraint feedback_ces_ck check ((ces is null and ces_scale is null)
    or (ces_scale in (5, 7) and ces between 1 and ces_scale)),
  constraint feedback_stars_ck check ((kind = 'REVIEW') = (stars is not null)
    and (stars is null or stars between 1 and 5))
);
-- The customer's feedback newest first; the period scans of the metrics.
create index feedback_customer_idx on feedback (customer_id, received_at, id);
create index feedback_received_idx on feedback (received_at, id);

create table feedback_theme (
  feedback_id bigint      not null references feedback (id),
  label       varchar(50) not null,
  primary key (feedback_id, label)
);
create index feedback_theme_label_idx on feedback_theme (label, feedback_id);

-- What other features read of feedback: the customer's timeline.
create view shared_feedback as
  select id, customer_id, kind, received_at, body, nps, csat, csat_scale, ces, ces_scale, stars,
         platform, emotion, agent, created_by
  from feedback;
