-- Adds :purchases synthetic purchases (default 2,000,000) for the customers seeded by
-- seed-customers.sql, over three years (1 Dec 2023 to 30 Nov 2026, Tokyo): in yen, a few in
-- dollars, by about half of the customers (a customer buys several times, some of them a year or
-- more apart). It writes the purchase table directly, as a bulk load would: the application makes
-- the purchase rollup from it at its next start.
--   psql -v purchases=2000000 -v customers=1000000 -f bench/seed-purchases.sql <database>
\set ON_ERROR_STOP on
\if :{?purchases}
\else
  \set purchases 2000000
\endif
\if :{?customers}
\else
  \set customers 1000000
\endif
set synchronous_commit = off;
select setseed(0.2027);

delete from metric_purchase_day;
delete from metric_purchase_buyer;
delete from metric_purchase_lock;
delete from purchase where id >= 100000000;

insert into purchase (id, version, customer_id, purchased_at, amount, currency, item, external_id,
  created_at, created_by)
select 100000000 + n, 1, 10000001 + ((n::bigint * 7919) % (:customers / 2)) * 2,
       timestamptz '2023-12-01 00:00:00+09' + r.t * interval '1096 days',
       case when r.c < 0.05 then round((5 + r.a * 500)::numeric, 2) else 500 + floor(r.a * 50000) end,
       case when r.c < 0.05 then 'USD' else 'JPY' end,
       'bench', null, now(), 'bench'
from generate_series(1, :purchases) n,
     lateral (select random() t, random() a, random() c where n > 0) r;

analyze purchase;
select count(*) as purchases, count(distinct customer_id) as buyers, min(purchased_at), max(purchased_at)
from purchase;
