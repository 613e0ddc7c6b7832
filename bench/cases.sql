-- The case queries at a realistic size, in a schema of their own (bench_cases) inside any database
-- that has the application's schema: a million cases over two years, five million interactions
-- (about five per case, 70 % inbound first), owners among 50 agents, 30 % unassigned.
--   psql -U postgres -h 127.0.0.1 -d crm_test_cases -f bench/cases.sql
-- Drops and recreates bench_cases; the application's own tables are not touched. Each query is the
-- one CaseRepository sends, under EXPLAIN ANALYZE.
\timing on
drop schema if exists bench_cases cascade;
create schema bench_cases;
create table bench_cases.service_case (like public.service_case including defaults including constraints);
create table bench_cases.interaction (like public.interaction including defaults including constraints);
set search_path = bench_cases;

insert into service_case (id, version, customer_id, type, priority, subject, owner, status,
  root_cause_id, resolution, reopen_count, first_contact_resolution, opened_at, opened_by,
  resolved_at, resolved_by)
select g, 1, 1 + (g::bigint * 7919) % 1000000,
  (array['COMPLAINT','QUESTION','REQUEST'])[1 + g % 3],
  (array['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + g % 5],
  'case ' || g,
  case when g % 10 < 3 then null else 'agent' || (g % 50) end,
  case when g % 10 < 7 then 'RESOLVED' when g % 10 < 9 then 'IN_PROGRESS' else 'OPEN' end,
  case when g % 10 < 7 then 1 + g % 10 end,
  case when g % 10 < 7 then 'done' end,
  case when g % 17 = 0 then 1 else 0 end,
  case when g % 10 < 7 then g % 3 <> 0 and g % 17 <> 0 end,
  timestamptz '2025-01-01' + (g * interval '63 seconds'),
  'agent' || (g % 50),
  case when g % 10 < 7 then timestamptz '2025-01-01' + (g * interval '63 seconds') + ((g % 72) * interval '1 hour') end,
  case when g % 10 < 7 then 'agent' || (g % 50) end
from generate_series(1, 1000000) g;

insert into interaction (id, version, customer_id, channel, direction, occurred_at, awaits_answer,
  case_id, created_at, created_by)
select i, 1, c.customer_id,
  (array['EMAIL','PHONE','SMS','SOCIAL','WEB','IN_PERSON'])[1 + (c.id + k) % 6],
  case when k = 0 or k % 3 = 1 then 'INBOUND' else 'OUTBOUND' end,
  c.opened_at + k * interval '20 minutes', false, c.id, c.opened_at, 'bench'
from service_case c, generate_series(0, 4) k, lateral (select c.id * 5 + k as i) n;

-- The application's indexes, built after the load (faster than row by row): all of service_case's,
-- and those of interaction that the case queries read (primary key, by case, by customer).
do $$
declare d text;
begin
  for d in select indexdef from pg_indexes where schemaname = 'public'
      and (tablename = 'service_case' or (tablename = 'interaction'
        and (indexdef like '%(case_id%' or indexdef like '%(customer_id, occurred_at%' or indexname like '%pkey')))
  loop
    -- Index names are per schema: the same names live in bench_cases.
    execute replace(d, ' ON public.', ' ON bench_cases.');
  end loop;
end $$;

analyze service_case;
analyze interaction;

-- First page of all cases, newest first; the next page by cursor; mine; unassigned; a customer's.
explain analyze select c.id from service_case c where 1 = 1
  order by c.opened_at desc, c.id desc limit 51;
explain analyze select c.id from service_case c where 1 = 1
  and (c.opened_at, c.id) < (timestamptz '2026-06-01', 500000) order by c.opened_at desc, c.id desc limit 51;
explain analyze select c.id from service_case c where 1 = 1 and c.owner = 'agent7'
  order by c.opened_at desc, c.id desc limit 51;
explain analyze select c.id from service_case c where 1 = 1 and c.owner is null and c.status = 'OPEN'
  order by c.opened_at desc, c.id desc limit 51;
explain analyze select c.id from service_case c where 1 = 1 and c.customer_id = 4242
  order by c.opened_at desc, c.id desc limit 51;
-- Interaction ids and first inbound channel of a page of 50 cases.
explain analyze select i.case_id, i.id, i.channel, i.direction from interaction i
  where i.case_id in (select id from service_case order by opened_at desc, id desc limit 50)
  order by i.occurred_at, i.id;
-- First-contact resolution: a case's contacts by direction.
explain analyze select direction, count(*) from interaction where case_id = 777777 group by direction;
-- The figures of one month (about 41,000 cases) with the channel of each case's first inbound contact.
explain analyze select c.opened_at, c.resolved_at, c.first_contact_resolution, c.owner,
  (select i.channel from interaction i where i.case_id = c.id and i.direction = 'INBOUND'
   order by i.occurred_at, i.id limit 1) ch
  from service_case c where (c.opened_at >= timestamptz '2026-03-01' and c.opened_at < timestamptz '2026-04-01')
  or (c.resolved_at >= timestamptz '2026-03-01' and c.resolved_at < timestamptz '2026-04-01');
