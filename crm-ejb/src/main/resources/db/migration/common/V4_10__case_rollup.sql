-- Metrics (issue 13, docs/decisions/0018): resolution and first-contact resolution rates from a
-- rollup of the cases as they stand now, kept in the transaction that opens or changes a case.
-- What each case added (its days, first-contact flag, channel, owner) and the customer's cuts when
-- the case was first counted: a change takes back what the case added and adds what it adds now.
create table metric_case (
  case_id       bigint       not null,
  opened_day    date         not null,
  resolved_day  date,
  first_contact boolean      not null,
  channel       varchar(20),
  owner         varchar(100),
  constraint metric_case_pk primary key (case_id)
);

create table metric_case_cut (
  case_id   bigint       not null,
  cut       varchar(20)  not null,
  cut_value varchar(100) not null,
  constraint metric_case_cut_pk primary key (case_id, cut, cut_value)
);

-- Per cut value (ALL, SEGMENT, RELATIONSHIP_TYPE, CHANNEL: the one the case came in on, AGENT: its
-- owner) and day of the business time zone: the cases opened, the cases resolved (still resolved)
-- and of those the ones resolved at first contact.
create table metric_case_day (
  cut           varchar(20)  not null,
  cut_value     varchar(100) not null,
  on_day        date         not null,
  opened        integer      not null,
  resolved      integer      not null,
  first_contact integer      not null,
  constraint metric_case_day_pk primary key (cut, cut_value, on_day)
);

-- The resolved cases by (day opened, day resolved): the cases opened in a period and resolved by
-- its end are those whose opened day lies in it and whose resolved day is not after its last day.
create table metric_case_resolved (
  cut          varchar(20)  not null,
  cut_value    varchar(100) not null,
  opened_day   date         not null,
  resolved_day date         not null,
  cases        integer      not null,
  constraint metric_case_resolved_pk primary key (cut, cut_value, opened_day, resolved_day)
);

-- The rollup reads the cases through this view (feature interaction owns them).
create view shared_case as
  select id, customer_id, opened_at, resolved_at, first_contact_resolution, first_inbound_channel,
         owner
  from service_case;
