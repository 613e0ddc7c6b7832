-- The report figures' queries at the bench size without the application: a schema bench_reports
-- with only the columns the compliance figures and the case rates read, filled like
-- seed-interactions.sql (5,000,000 contacts over two years, a third without agent, 20 agents) and
-- cases.sql (a million cases over two years, 70 % resolved, 30 % unassigned), with both the former
-- indexes and the new covering ones. ReportQueriesBench (crm-ejb tests) then compares the SQL
-- figures with the former Java computation and times both:
--   psql -U postgres -h 127.0.0.1 -d crm_ratesfast_reports -f bench/report-queries.sql
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;
drop schema if exists bench_reports cascade;
create schema bench_reports;
set search_path = bench_reports;

create table customer (id bigint primary key, owner varchar(100));
insert into customer select g, case when g % 4 = 0 then null else 'bench' || (1 + g % 20) end
  from generate_series(1, 1000000) g;

create table interaction (
  id bigint primary key, customer_id bigint not null, channel varchar(20) not null,
  direction varchar(10) not null, occurred_at timestamptz not null, agent varchar(100),
  awaits_answer boolean not null, due_at timestamptz, answered_at timestamptz, case_id bigint);
insert into interaction
select g, 1 + (g * 7919) % 1000000, channel, direction, occurred_at,
       case when g % 3 = 0 then null else 'bench' || (1 + g % 20) end,
       direction = 'INBOUND' and channel <> 'IN_PERSON',
       case when direction = 'INBOUND' and channel <> 'IN_PERSON' then occurred_at +
         case channel when 'SMS' then interval '2 hours' when 'SOCIAL' then interval '4 hours'
                      when 'PHONE' then interval '9 hours' else interval '24 hours' end end,
       case when direction = 'INBOUND' and channel <> 'IN_PERSON'
              and (occurred_at < now() - interval '3 days' or (g * 13) % 100 < 50)
              and occurred_at + (5 + (g * 7) % (30 * 60)) * interval '1 minute'
                + (g % 60) * interval '1 second' + (g % 997) * interval '1 microsecond' < now()
            then occurred_at + (5 + (g * 7) % (30 * 60)) * interval '1 minute'
              + (g % 60) * interval '1 second' + (g % 997) * interval '1 microsecond' end,
       null
  from (select g, (array['EMAIL','PHONE','SMS','SOCIAL','WEB','IN_PERSON'])[1 + (g * 31) % 6] as channel,
               case when (g * 17) % 10 < 6 then 'INBOUND' else 'OUTBOUND' end as direction,
               now() - ((g * 104729) % (730 * 86400)) * interval '1 second' as occurred_at
          from generate_series(1::bigint, 5000000) g) s;

create table service_case (
  id bigint primary key, owner varchar(100), first_contact_resolution boolean,
  opened_at timestamptz not null, resolved_at timestamptz, first_inbound_channel varchar(20));
insert into service_case
select g, case when g % 10 < 3 then null else 'bench' || (1 + g % 20) end,
  case when g % 10 < 7 then g % 3 <> 0 and g % 17 <> 0 when g % 17 = 0 then false end,
  now() - ((g::bigint * 104729) % (730 * 86400)) * interval '1 second' - interval '3 days',
  case when g % 10 < 7 then now() - ((g::bigint * 104729) % (730 * 86400)) * interval '1 second'
    - interval '3 days' + ((g % 72) * interval '1 hour') end,
  null
from generate_series(1, 1000000) g;
-- The cases' contacts (no deadline: the compliance figures do not count them): a first one in
-- 80 % of the cases (outbound in one eighth of those), an inbound one 20 minutes later in a third.
insert into interaction (id, customer_id, channel, direction, occurred_at, awaits_answer, case_id)
select 10000000 + c.id * 2 + k, 1 + c.id % 1000000,
  (array['EMAIL','PHONE','SMS','SOCIAL','WEB','IN_PERSON'])[1 + (c.id + 7 * k) % 6],
  case when k = 0 and c.id % 10 = 7 then 'OUTBOUND' else 'INBOUND' end,
  c.opened_at + k * interval '20 minutes', false, c.id
from service_case c, generate_series(0, 1) k
where (k = 0 and c.id % 10 < 8) or (k = 1 and c.id % 3 = 0);

-- The former indexes (V3, V3_31, V3_40) ...
create index interaction_deadline_time_idx on interaction (occurred_at) where due_at is not null;
create index interaction_case_direction_idx on interaction (case_id, direction, occurred_at, id);
create index service_case_opened_idx on service_case (opened_at, id);
create index service_case_resolved_idx on service_case (resolved_at);
-- ... the back-fill of V3_53 ...
update service_case set first_inbound_channel = (select i.channel from interaction i
    where i.case_id = service_case.id and i.direction = 'INBOUND'
    order by i.occurred_at, i.id limit 1)
  where exists (select 1 from interaction i where i.case_id = service_case.id and i.direction = 'INBOUND');
-- ... and the covering ones of V3_52 and V3_54.
create index interaction_compliance_idx on interaction (occurred_at)
  include (channel, agent, customer_id, due_at, answered_at)
  where due_at is not null and awaits_answer;
create index service_case_opened_rates_idx on service_case (opened_at)
  include (resolved_at, first_inbound_channel, owner);
create index service_case_resolved_rates_idx on service_case (resolved_at)
  include (first_contact_resolution, first_inbound_channel, owner)
  where resolved_at is not null;
vacuum analyze customer;
vacuum analyze interaction;
vacuum analyze service_case;
