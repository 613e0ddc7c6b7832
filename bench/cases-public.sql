-- Cases for the case rates at a realistic size, in the application's own tables of a bench copy
-- (run after seed-customers.sql and seed-interactions.sql): :count cases (default 1,000,000) over
-- the last two years, 70 % resolved (FCR on two thirds of those, some reopened), owners among the
-- bench users, 30 % unassigned, and up to two interactions per case, not awaiting an answer (so
-- the compliance figures do not change): a first one in 80 % of the cases (inbound in 70 %,
-- outbound in 10 %), a second, inbound one 20 minutes later in a third, so about a fifth of the
-- cases have no inbound interaction and no channel.
--   psql -v count=1000000 -f bench/cases-public.sql <database>
\set ON_ERROR_STOP on
\if :{?count}
\else
  \set count 1000000
\endif
set synchronous_commit = off;
select min(id) as first_customer, count(*) as customers from customer \gset

insert into service_case (id, version, customer_id, type, priority, subject, owner, status,
  root_cause_id, resolution, reopen_count, first_contact_resolution, opened_at, opened_by,
  resolved_at, resolved_by)
select 50000000 + g, 1, :first_customer + (g::bigint * 7919) % :customers,
  (array['COMPLAINT','QUESTION','REQUEST'])[1 + g % 3],
  (array['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + g % 5],
  'case ' || g,
  case when g % 10 < 3 then null else 'bench' || (1 + g % 20) end,
  case when g % 10 < 7 then 'RESOLVED' when g % 10 < 9 then 'IN_PROGRESS' else 'OPEN' end,
  case when g % 10 < 7 then 1 + g % 10 end,
  case when g % 10 < 7 then 'done' end,
  case when g % 17 = 0 then 1 else 0 end,
  case when g % 10 < 7 then g % 3 <> 0 and g % 17 <> 0 when g % 17 = 0 then false end,
  now() - ((g::bigint * 104729) % (730 * 86400)) * interval '1 second' - interval '3 days',
  'bench',
  case when g % 10 < 7 then now() - ((g::bigint * 104729) % (730 * 86400)) * interval '1 second'
    - interval '3 days' + ((g % 72) * interval '1 hour') end,
  case when g % 10 < 7 then 'bench' end
from generate_series(1, :count) g;

insert into interaction (id, version, customer_id, channel, direction, occurred_at, awaits_answer,
  case_id, created_at, created_by)
select 100000000 + (c.id - 50000000) * 2 + k, 1, c.customer_id,
  (array['EMAIL','PHONE','SMS','SOCIAL','WEB','IN_PERSON'])[1 + (c.id + 7 * k) % 6],
  case when k = 0 and c.id % 10 = 7 then 'OUTBOUND' else 'INBOUND' end,
  c.opened_at + k * interval '20 minutes', false, c.id, c.opened_at, 'bench'
from service_case c, generate_series(0, 1) k
where c.id > 50000000 and ((k = 0 and c.id % 10 < 8) or (k = 1 and c.id % 3 = 0));

select setval('service_case_seq', 50000000 + :count + 50);
select setval('interaction_seq', greatest((select max(id) from interaction) + 50, nextval('interaction_seq')));
vacuum analyze service_case;
vacuum analyze interaction;
