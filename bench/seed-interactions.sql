-- Fills the journey, interaction and case tables for benchmarks, on top of bench/seed-customers.sql
-- (customer ids 10,000,001 ..; agents bench1..bench20 own them). Run against a migrated database:
--   psql -v per=5 -f bench/seed-interactions.sql <database>
-- Gives every customer :per interactions over two years (inbound and outbound pairs, almost all
-- answered), one customer (10000001) 10,000 interactions, about 2,000 open items in the due
-- queue, a stage change per customer and a case for one customer in five.
\set ON_ERROR_STOP on
\if :{?per}
\else
  \set per 5
\endif
set synchronous_commit = off;

-- Ids from 1,000,000,000 up, far above what the application's sequences hand out; the sequences
-- move past them at the end.
update customer set stage = (array['AWARENESS','CONSIDERATION','PURCHASE','SERVICE','ADVOCACY'])[1 + id % 5],
  stage_since = created_at + interval '30 days' where id >= 10000001;

insert into customer_stage_change (id, customer_id, from_stage, to_stage, changed_at, changed_by)
select 1000000000 + (c.id - 10000000), c.id, 'AWARENESS', c.stage, c.stage_since, coalesce(c.owner, 'admin')
from customer c where c.id >= 10000001 and c.stage <> 'AWARENESS';

insert into service_case (id, version, customer_id, type, priority, subject, owner, status,
  root_cause_id, resolution, reopen_count, first_contact_resolution, opened_at, opened_by,
  resolved_at, resolved_by)
select 1000000000 + (c.id - 10000000), 0, c.id,
  (array['COMPLAINT','QUESTION','REQUEST'])[1 + c.id % 3], 'NORMAL', '請求書の再発行', c.owner,
  'OPEN', null, null, 0, null, now() - (c.id % 700) * interval '1 day', 'admin', null, null
from customer c where c.id >= 10000001 and c.id % 5 = 0;

-- Pairs: an inbound contact (k even) answered by the outbound one after it (k odd), 0.5 to 30 h later.
insert into interaction (id, version, customer_id, contact_name, channel, direction, occurred_at,
  touchpoint_id, stage, agent, subject, summary, outcome, emotion, awaits_answer, due_at,
  answered_at, answered_by, reply_to, case_id, external_id, created_at, created_by)
select 1000000000 + (c.id - 10000000) * 100 + k, 0, c.id, null,
  (array['EMAIL','PHONE','SMS','SOCIAL','WEB','IN_PERSON'])[1 + (c.id + k / 2) % 6],
  case when k % 2 = 0 then 'INBOUND' else 'OUTBOUND' end,
  t.at + case when k % 2 = 0 then interval '0' else (1 + (c.id % 59)) * interval '30 minutes' end,
  null, c.stage, c.owner, '問い合わせ ' || k, 'ベンチマーク用の記録', null,
  ((c.id + k) % 5) - 2,
  k % 2 = 0 and ((c.id + k / 2) % 6) <> 5,
  case when k % 2 = 0 and ((c.id + k / 2) % 6) <> 5 then t.at + interval '24 hours' end,
  case when k % 2 = 0 and ((c.id + k / 2) % 6) <> 5
       then t.at + (1 + (c.id % 59)) * interval '30 minutes' end,
  null, null, null, null, t.at, 'bench'
from customer c
cross join generate_series(0, :per - 1) k
cross join lateral (select now() - ((c.id * 7 + k * 131) % 730) * interval '1 day'
                                  - k * interval '1 hour' as at) t
where c.id >= 10000001;

-- About 2,000 open items across the agents: recent inbound e-mails nobody has answered yet.
update interaction set answered_at = null, due_at = now() + ((id % 96) - 24) * interval '1 hour',
  occurred_at = now() - interval '1 hour', awaits_answer = true
where id in (select 1000000000 + (c.id - 10000000) * 100 from customer c
             where c.id >= 10000001 and c.id % 500 = 7 and ((c.id) % 6) <> 5);

-- One long relationship: 10,000 contacts with customer 10000001.
insert into interaction (id, version, customer_id, channel, direction, occurred_at, stage, agent,
  subject, emotion, awaits_answer, due_at, answered_at, created_at, created_by)
select 2000000000 + k, 0, 10000001,
  (array['EMAIL','PHONE','SMS','SOCIAL','WEB','IN_PERSON'])[1 + k % 6],
  case when k % 2 = 0 then 'INBOUND' else 'OUTBOUND' end,
  now() - k * interval '2 hours', 'SERVICE', 'bench1', '定期連絡 ' || k, (k % 5) - 2,
  k % 2 = 0 and k % 6 <> 5, case when k % 2 = 0 and k % 6 <> 5 then now() - k * interval '2 hours' + interval '24 hours' end,
  case when k % 2 = 0 and k % 6 <> 5 then now() - (k - 1) * interval '2 hours' end,
  now(), 'bench'
from generate_series(1, 10000) k;

select setval('interaction_seq', 2000100000);
select setval('service_case_seq', 2000100000);
select setval('stage_change_seq', 2000100000);
analyze customer;
analyze customer_stage_change;
analyze service_case;
analyze interaction;
