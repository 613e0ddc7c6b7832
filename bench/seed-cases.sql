-- Adds :cases synthetic service cases (default 1,000,000) for the customers seeded by
-- seed-customers.sql, opened over three years (1 Dec 2023 to 30 Nov 2026, Tokyo): 70 % resolved
-- within three days, a third of those at first contact, some reopened and still open; owners among
-- the 20 bench agents (30 % unassigned), the channel of the first inbound contact on most. It
-- writes the case table directly, as a bulk load would: the application makes the case rollup
-- from it at its next start.
--   psql -v cases=1000000 -v customers=1000000 -f bench/seed-cases.sql <database>
\set ON_ERROR_STOP on
\if :{?cases}
\else
  \set cases 1000000
\endif
\if :{?customers}
\else
  \set customers 1000000
\endif
set synchronous_commit = off;
select setseed(0.2028);

delete from metric_case_day;
delete from metric_case_resolved;
delete from metric_case_cut;
delete from metric_case;
delete from service_case where id >= 100000000;

insert into service_case (id, version, customer_id, type, priority, subject, owner, status,
  root_cause_id, resolution, reopen_count, first_contact_resolution, opened_at, opened_by,
  resolved_at, resolved_by, first_inbound_channel)
select 100000000 + n, 1, 10000001 + (n::bigint * 7919) % :customers,
       (array['COMPLAINT','QUESTION','REQUEST'])[1 + n % 3], 'NORMAL', 'bench case',
       case when r.o < 0.3 then null else 'bench' || (1 + n % 20) end,
       case when r.s < 0.7 then 'RESOLVED' else 'OPEN' end,
       case when r.s < 0.7 then 1 + n % 10 end,
       case when r.s < 0.7 then 'done' end,
       case when r.s >= 0.7 and r.s < 0.75 then 1 else 0 end,
       case when r.s < 0.7 then r.f < 0.33 end,
       o.at, 'bench',
       case when r.s < 0.7 then least(o.at + r.d * interval '3 days', timestamptz '2026-11-30 23:59:59+09') end,
       case when r.s < 0.7 then 'bench' end,
       case when r.c < 0.9 then (array['EMAIL','PHONE','SMS','SOCIAL','WEB','IN_PERSON'])[1 + (n / 7) % 6] end
from generate_series(1, :cases) n,
     lateral (select random() o, random() s, random() f, random() d, random() c, random() t where n > 0) r,
     lateral (select timestamptz '2023-12-01 00:00:00+09' + r.t * interval '1096 days' as at) o;

analyze service_case;
select count(*) as cases, count(resolved_at) as resolved from service_case;
