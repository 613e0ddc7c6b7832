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

create temporary table bench_chain as
select 100000000 + row_number() over (order by customer_id, changed_at) as id,
       customer_id,
       coalesce(lag(to_stage) over (partition by customer_id order by changed_at), 'AWARENESS') as from_stage,
       to_stage, changed_at
from bench_moves;

delete from bench_chain where from_stage = to_stage;

-- With the instants each change keeps from its customer's earlier history (as V3_50 fills them).
insert into customer_stage_change (id, customer_id, from_stage, to_stage, changed_at, changed_by, entered_at,
  to_stage_last_left_at, from_stage_last_moved_on_at)
select s.id, s.customer_id, s.from_stage, s.to_stage, s.changed_at, 'bench',
       coalesce(lag(s.changed_at) over chain, c.created_at),
       case s.to_stage
         when 'AWARENESS' then max(case when s.from_stage = 'AWARENESS' then s.changed_at end) over earlier
         when 'CONSIDERATION' then max(case when s.from_stage = 'CONSIDERATION' then s.changed_at end) over earlier
         when 'PURCHASE' then max(case when s.from_stage = 'PURCHASE' then s.changed_at end) over earlier
         when 'SERVICE' then max(case when s.from_stage = 'SERVICE' then s.changed_at end) over earlier
         when 'ADVOCACY' then max(case when s.from_stage = 'ADVOCACY' then s.changed_at end) over earlier
       end,
       case s.from_stage
         when 'AWARENESS' then max(case when s.from_stage = 'AWARENESS'
           and s.to_stage in ('CONSIDERATION', 'PURCHASE', 'SERVICE', 'ADVOCACY') then s.changed_at end) over earlier
         when 'CONSIDERATION' then max(case when s.from_stage = 'CONSIDERATION'
           and s.to_stage in ('PURCHASE', 'SERVICE', 'ADVOCACY') then s.changed_at end) over earlier
         when 'PURCHASE' then max(case when s.from_stage = 'PURCHASE'
           and s.to_stage in ('SERVICE', 'ADVOCACY') then s.changed_at end) over earlier
         when 'SERVICE' then max(case when s.from_stage = 'SERVICE'
           and s.to_stage = 'ADVOCACY' then s.changed_at end) over earlier
       end
from bench_chain s
join customer c on c.id = s.customer_id
window chain as (partition by s.customer_id order by s.changed_at, s.id),
       earlier as (chain rows between unbounded preceding and 1 preceding);

update customer c set stage = l.to_stage, stage_since = l.changed_at
from (select distinct on (customer_id) customer_id, to_stage, changed_at
      from customer_stage_change order by customer_id, changed_at desc, id desc) l
where l.customer_id = c.id;

analyze customer;
analyze customer_stage_change;
select stage, count(*) from customer group by stage order by stage;
select count(*) as stage_changes from customer_stage_change;
