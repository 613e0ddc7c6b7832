-- Playbooks by relationship type, their proactive steps, and the tasks the planner makes of them
-- (docs/decisions/0014-playbooks-and-tasks.md). Feature: playbook.

create table playbook (
  relationship_type varchar(40)  primary key,
  version           integer      not null,
  assignment        varchar(10)  not null,
  updated_at        timestamp with time zone not null,
  updated_by        varchar(100) not null,
  constraint playbook_assignment_ck check (assignment in ('OWNER', 'TEAM'))
);

create sequence playbook_step_seq start with 50 increment by 50;
create table playbook_step (
  id                bigint       primary key,
  version           integer      not null,
  relationship_type varchar(40)  not null references playbook (relationship_type),
  trigger_kind      varchar(30)  not null,
  amount            integer      not null,
  date_kind         varchar(30),
  name_ja           varchar(200) not null,
  name_en           varchar(200) not null,
  active            boolean      not null,
  updated_at        timestamp with time zone not null,
  updated_by        varchar(100) not null,
  constraint playbook_step_trigger_ck check (trigger_kind in ('EVERY_MONTHS', 'DAYS_AFTER_START',
    'DAYS_AFTER_RESOLVED_CASE', 'DAYS_BEFORE_DATE')),
  constraint playbook_step_date_kind_ck check ((trigger_kind = 'DAYS_BEFORE_DATE')
    = (date_kind is not null))
);
create index playbook_step_type_idx on playbook_step (relationship_type, id);

-- One task per step, customer and occurrence (the slot of a recurring step, the day of the case's
-- resolution or of the important date): the planner may run again, on another server or after a
-- restart, and never makes a task twice. assignee null: the team's.
create sequence task_seq start with 50 increment by 50;
create table task (
  id             bigint       primary key,
  version        integer      not null,
  customer_id    bigint       not null,
  step_id        bigint       not null references playbook_step (id),
  occurrence     date         not null,
  due_on         date         not null,
  assignee       varchar(100),
  channel        varchar(20),
  status         varchar(10)  not null,
  interaction_id bigint,
  reason         varchar(500),
  closed_at      timestamp with time zone,
  closed_by      varchar(100),
  created_at     timestamp with time zone not null,
  constraint task_once_uq unique (step_id, customer_id, occurrence),
  constraint task_status_ck check (status in ('OPEN', 'DONE', 'SKIPPED', 'CANCELLED'))
);
-- The owner's queue, the team's queue (assignee null), the customer's tasks.
create index task_assignee_idx on task (status, assignee, due_on, id);
create index task_customer_idx on task (customer_id, status, due_on, id);
create index task_due_idx on task (status, due_on, id);

-- Who plans, and up to which day: a lease that one server of a cluster takes for a run, and the
-- last day planned, so that a run after downtime catches up from there.
create table planner_lease (
  name         varchar(40)  primary key,
  holder       varchar(100),
  held_until   timestamp with time zone,
  planned_through date
);
insert into planner_lease (name) values ('tasks');

-- What the playbook feature reads of customers (docs/decisions/0011), owned by the customer feature.
create view shared_customer_reach as
  select id, relationship_type, owner, lifecycle, customer_since, preferred_channel, consent_email,
         consent_phone, consent_sms, archived_at
  from customer;
create view shared_important_date as
  select customer_id, kind, on_date from customer_important_date;
-- And of cases, owned by the interaction feature: when they were resolved.
create view shared_resolved_case as
  select customer_id, resolved_at from service_case where resolved_at is not null;

-- The seeded playbooks: data, edited by managers. A named owner for dedicated customers, the team
-- otherwise; nothing personal for transactional, self-service and automated-service customers.
insert into playbook (relationship_type, version, assignment, updated_at, updated_by) values
  ('TRANSACTIONAL', 1, 'TEAM', current_timestamp, 'system'),
  ('SELF_SERVICE', 1, 'TEAM', current_timestamp, 'system'),
  ('AUTOMATED_SERVICE', 1, 'TEAM', current_timestamp, 'system'),
  ('LONG_TERM', 1, 'TEAM', current_timestamp, 'system'),
  ('PERSONAL_ASSISTANCE', 1, 'TEAM', current_timestamp, 'system'),
  ('DEDICATED_PERSONAL_ASSISTANCE', 1, 'OWNER', current_timestamp, 'system'),
  ('COMMUNITY', 1, 'TEAM', current_timestamp, 'system'),
  ('CO_CREATION', 1, 'TEAM', current_timestamp, 'system');

insert into playbook_step (id, version, relationship_type, trigger_kind, amount, date_kind, name_ja,
    name_en, active, updated_at, updated_by) values
  (1, 1, 'DEDICATED_PERSONAL_ASSISTANCE', 'EVERY_MONTHS', 3, null, '四半期のご様子伺い',
    'Quarterly check-in', true, current_timestamp, 'system'),
  (2, 1, 'DEDICATED_PERSONAL_ASSISTANCE', 'EVERY_MONTHS', 12, null, '年次の関係レビュー',
    'Annual relationship review', true, current_timestamp, 'system'),
  (3, 1, 'DEDICATED_PERSONAL_ASSISTANCE', 'DAYS_AFTER_START', 14, null, 'ご利用開始後のフォロー',
    'Onboarding check-in', true, current_timestamp, 'system'),
  (4, 1, 'DEDICATED_PERSONAL_ASSISTANCE', 'DAYS_BEFORE_DATE', 7, 'BIRTHDAY', 'お誕生日のご挨拶',
    'Birthday greeting', true, current_timestamp, 'system'),
  (5, 1, 'DEDICATED_PERSONAL_ASSISTANCE', 'DAYS_BEFORE_DATE', 30, 'RENEWAL', '契約更新のご相談',
    'Renewal conversation', true, current_timestamp, 'system'),
  (6, 1, 'DEDICATED_PERSONAL_ASSISTANCE', 'DAYS_BEFORE_DATE', 7, 'CONTRACT_ANNIVERSARY',
    'ご契約記念日のお礼', 'Thanks on the contract anniversary', true, current_timestamp, 'system'),
  (7, 1, 'LONG_TERM', 'EVERY_MONTHS', 6, null, '定期点検のご案内', 'Service reminder', true,
    current_timestamp, 'system'),
  (8, 1, 'LONG_TERM', 'DAYS_BEFORE_DATE', 30, 'RENEWAL', '契約更新のご案内', 'Renewal reminder',
    true, current_timestamp, 'system'),
  (9, 1, 'PERSONAL_ASSISTANCE', 'DAYS_AFTER_RESOLVED_CASE', 7, null, '解決後のご様子伺い',
    'Check-in after a resolved case', true, current_timestamp, 'system'),
  (10, 1, 'COMMUNITY', 'EVERY_MONTHS', 6, null, 'コミュニティ参加へのお誘い',
    'Invitation to contribute to the community', true, current_timestamp, 'system'),
  (11, 1, 'CO_CREATION', 'EVERY_MONTHS', 4, null, 'レビュー・アイデア募集へのお誘い',
    'Invitation to co-create (reviews, ideas)', true, current_timestamp, 'system');
-- The first block of ids (1..50) holds the seeded steps; new steps start at 51.
select nextval('playbook_step_seq');
