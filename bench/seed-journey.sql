-- Gives the customers of a benchmark database (bench/seed-customers.sql) journey histories, for the
-- funnel's figures at scale: about 60 % of the customers move on at least once over two years,
-- some skip a stage, some go back; each history is a chain (every change leaves the stage the
-- previous one entered, the first leaves AWARENESS) and the customer's stage is its last change.
--   psql -f bench/seed-journey.sql <database>
\set ON_ERROR_STOP on
set synchronous_commit = off;

-- Creation dates spread over two years, so that periods cut through histories.
update customer set created_at = now() - ((id * 7919) % 730) * interval '1 day' - (id % 86400) * interval '1 second',
                    stage = 'AWARENESS', stage_since = null;

create temporary table bench_moves as
select c.id as customer_id, step,
       (array['AWARENESS','CONSIDERATION','PURCHASE','SERVICE','ADVOCACY'])[least(5, step + 1 + (case when c.id % 11 = 0 then 1 else 0 end))] as to_stage,
       c.created_at + (step * ((c.id % 40) + 3)) * interval '1 day' + (c.id % 3600) * interval '1 second' as changed_at
from customer c
cross join generate_series(1, 4) step
where c.id % 5 <> 0 and step <= (c.id % 5);

-- Every seventh mover steps back once after its last step.
insert into bench_moves
select customer_id, 5, 'CONSIDERATION', max(changed_at) + interval '9 days'
from bench_moves where customer_id % 7 = 0 group by customer_id;

delete from bench_moves where changed_at > now();

insert into customer_stage_change (id, customer_id, from_stage, to_stage, changed_at, changed_by)
select 100000000 + row_number() over (order by customer_id, changed_at),
       customer_id,
       coalesce(lag(to_stage) over (partition by customer_id order by changed_at), 'AWARENESS'),
       to_stage, changed_at, 'bench'
from bench_moves;

delete from customer_stage_change where from_stage = to_stage;

update customer c set stage = l.to_stage, stage_since = l.changed_at
from (select distinct on (customer_id) customer_id, to_stage, changed_at
      from customer_stage_change order by customer_id, changed_at desc, id desc) l
where l.customer_id = c.id;

analyze customer;
analyze customer_stage_change;
select stage, count(*) from customer group by stage order by stage;
select count(*) as stage_changes from customer_stage_change;
