-- Surveys (issue 12, docs/decisions/0016). Feature: feedback. A survey keeps every definition it
-- has had (survey_version with its questions and choices): a change after the first answer makes a
-- new version, and every invitation and answer names the version asked.
create sequence survey_seq start with 50 increment by 50;
create table survey (
  id             bigint        primary key,
  version        integer       not null,
  name           varchar(100)  not null,
  active         boolean       not null,
  current_number integer       not null,
  changed_at     timestamp with time zone not null,
  changed_by     varchar(100)  not null
);
create index survey_name_idx on survey (name, id);

create table survey_version (
  survey_id      bigint        not null references survey (id),
  number         integer       not null,
  title_ja       varchar(200)  not null,
  title_en       varchar(200)  not null,
  intro_ja       varchar(2000),
  intro_en       varchar(2000),
  recontact_days integer       not null,
  created_at     timestamp with time zone not null,
  primary key (survey_id, number),
  constraint survey_version_recontact_ck check (recontact_days between 0 and 3650)
);

create table survey_question (
  survey_id  bigint       not null,
  number     integer      not null,
  position   integer      not null,
  question   varchar(30)  not null,
  kind       varchar(10)  not null,
  scale      smallint,
  text_ja    varchar(500) not null,
  text_en    varchar(500) not null,
  required   boolean      not null,
  primary key (survey_id, number, position),
  constraint survey_question_version_fk foreign key (survey_id, number)
    references survey_version (survey_id, number),
  constraint survey_question_uq unique (survey_id, number, question),
  constraint survey_question_kind_ck check (kind in ('NPS', 'CSAT', 'CES', 'TEXT', 'SINGLE',
    'MULTIPLE')),
  constraint survey_question_scale_ck check ((kind in ('CSAT', 'CES') and scale in (5, 7))
    or (kind not in ('CSAT', 'CES') and scale is null))
);

create table survey_choice (
  survey_id  bigint       not null,
  number     integer      not null,
  question   varchar(30)  not null,
  position   integer      not null,
  choice     varchar(30)  not null,
  text_ja    varchar(500) not null,
  text_en    varchar(500) not null,
  primary key (survey_id, number, question, position),
  constraint survey_choice_question_fk foreign key (survey_id, number, question)
    references survey_question (survey_id, number, question)
);

-- One customer invited to one survey version. Its link's secret is kept only as a SHA-256 hash
-- (survey_link: the first mail's and the reminder's). PLANNED rows are the outbox of the sender.
create sequence survey_invitation_seq start with 50 increment by 50;
create table survey_invitation (
  id             bigint        primary key,
  version        integer       not null,
  survey_id      bigint        not null,
  survey_number  integer       not null,
  customer_id    bigint        not null,
  channel        varchar(10)   not null,
  language       varchar(2)    not null,
  trigger_kind   varchar(20)   not null,
  case_id        bigint,
  interaction_id bigint,
  status         varchar(10)   not null,
  reason         varchar(30),
  detail         varchar(500),
  send_after     timestamp with time zone not null,
  attempts       integer       not null,
  sent_at        timestamp with time zone,
  reminder       varchar(10),
  reminded_at    timestamp with time zone,
  answered_at    timestamp with time zone,
  expires_at     timestamp with time zone not null,
  feedback_id    bigint,
  outreach_id    bigint,
  send_id        bigint,
  created_at     timestamp with time zone not null,
  created_by     varchar(100)  not null,
  constraint survey_invitation_send_uq unique (send_id, customer_id),
  constraint survey_invitation_version_fk foreign key (survey_id, survey_number)
    references survey_version (survey_id, number),
  constraint survey_invitation_feedback_uq unique (feedback_id),
  constraint survey_invitation_channel_ck check (channel in ('EMAIL', 'LINK')),
  constraint survey_invitation_status_ck check (status in ('PLANNED', 'SENT', 'ANSWERED',
    'SKIPPED', 'FAILED')),
  constraint survey_invitation_answered_ck check ((status = 'ANSWERED') = (answered_at is not null)),
  constraint survey_invitation_reminder_ck check (reminder in ('SENT', 'SKIPPED'))
);
-- The sender's outbox and its reminders; a customer's invitations (fatigue, the customer page);
-- a survey's.
create index survey_invitation_due_idx on survey_invitation (status, send_after, id);
create index survey_invitation_remind_idx on survey_invitation (status, channel, reminder, sent_at, id);
create index survey_invitation_customer_idx on survey_invitation (customer_id, created_at, id);
create index survey_invitation_survey_idx on survey_invitation (survey_id, created_at, id);

create table survey_link (
  token_hash    varchar(64) primary key,
  invitation_id bigint      not null references survey_invitation (id),
  created_at    timestamp with time zone not null
);
create index survey_link_invitation_idx on survey_link (invitation_id);

-- The answers given so far (a partly answered survey resumes on its link), one row per value.
create table survey_answer (
  invitation_id bigint        not null references survey_invitation (id),
  question      varchar(30)   not null,
  position      integer       not null,
  answer        varchar(5000) not null,
  primary key (invitation_id, question, position)
);

-- A survey sent to a segment: the background job that invites its customers (Jakarta Batch), and
-- how many it had to invite; its invitations name it (send_id), so progress is read from them.
create sequence survey_send_seq start with 50 increment by 50;
create table survey_send (
  id           bigint        primary key,
  survey_id    bigint        not null references survey (id),
  segment      varchar(100)  not null,
  total        bigint        not null,
  execution_id bigint,
  created_at   timestamp with time zone not null,
  created_by   varchar(100)  not null
);
create index survey_send_created_idx on survey_send (created_at, id);

-- Which survey goes out by e-mail when something happens in a customer's relationship (at most one
-- per trigger, so one event never asks twice). Managers set it; no row: that trigger sends nothing.
create table survey_automation (
  trigger_kind varchar(20)  primary key,
  survey_id    bigint       not null references survey (id),
  changed_at   timestamp with time zone not null,
  changed_by   varchar(100) not null,
  constraint survey_automation_trigger_ck check (trigger_kind in ('CASE_RESOLVED', 'PURCHASE',
    'ANNIVERSARY', 'POSITIVE_EMOTION'))
);
