-- Fills the interaction table with :count synthetic contacts (default 5,000,000) over the customers
-- that bench/seed-customers.sql made, one of which (the lowest id) gets :heavy of them (default
-- 10,000): the timeline, due-queue and compliance figures are measured against it.
-- Run after seed-customers.sql, against a database the application has migrated:
--   psql -v count=5000000 -f bench/seed-interactions.sql <database>
-- Shape: two years of contacts, 60 % inbound (awaiting an answer unless in person), deadlines by
-- the default standards (e-mail and web 24 h, SMS 2 h, social 4 h, phone 9 h); inbound ones are
-- answered after 5 minutes to 30 hours, those of the last 3 days only half of them, so the due
-- queue holds a few thousand open contacts, as in a busy week. Agents are the bench
-- users; a third of the contacts have none (pushed by other systems).
\set ON_ERROR_STOP on
\if :{?count}
\else
  \set count 5000000
\endif
\if :{?heavy}
\else
  \set heavy 10000
\endif
set synchronous_commit = off;

create temporary table bench_customer as
  select row_number() over (order by id) as n, id from customer where archived_at is null;
create index on bench_customer (n);
select count(*) as customers, min(id) as heavy_customer from bench_customer \gset

create temporary table bench_seed as
select g,
       case when g <= :heavy then :heavy_customer
            else (select id from bench_customer where n = 2 + (g * 7919) % (:customers - 1)) end as customer_id,
       (array['EMAIL','PHONE','SMS','SOCIAL','WEB','IN_PERSON'])[1 + (g * 31) % 6] as channel,
       case when (g * 17) % 10 < 6 then 'INBOUND' else 'OUTBOUND' end as direction,
       now() - ((g * 104729) % (730 * 86400)) * interval '1 second' as occurred_at,
       case when g % 3 = 0 then null else 'bench' || (1 + g % 20) end as agent,
       (g * 13) % 100 as roll,
       5 + (g * 7) % (30 * 60) as answer_minutes
  from generate_series(1::bigint, :count) g;

insert into interaction (id, version, customer_id, channel, direction, occurred_at, agent, subject,
  summary, emotion, awaits_answer, due_at, answered_at, created_at, created_by)
select 20000000 + g, 1, customer_id, channel, direction, occurred_at, agent,
       '件名 ' || g, null, (g % 5) - 2,
       direction = 'INBOUND' and channel <> 'IN_PERSON',
       case when direction = 'INBOUND' and channel <> 'IN_PERSON' then occurred_at +
         case channel when 'SMS' then interval '2 hours' when 'SOCIAL' then interval '4 hours'
                      when 'PHONE' then interval '9 hours' else interval '24 hours' end end,
       case when direction = 'INBOUND' and channel <> 'IN_PERSON'
              and (occurred_at < now() - interval '3 days' or roll < 50)
              and occurred_at + answer_minutes * interval '1 minute' < now()
            then occurred_at + answer_minutes * interval '1 minute' end,
       occurred_at, 'bench'
  from bench_seed;

select setval('interaction_seq', 20000000 + :count + 50);
analyze interaction;
