-- Each stage change keeps three instants from its customer's earlier history, so that the funnel
-- counts a period's changes one row at a time (no window over a customer's changes, no look-up of
-- its previous change): when the customer entered the stage the change leaves (its previous change
-- or, for its first stage, its creation), when it last left the stage the change enters, and when
-- it last moved on from the stage the change leaves to a later stage (both null if it never did).
-- StageTrail fills them for every new change; this fills them for the changes that exist, in the
-- order of the history's chain (time, then id). See docs/decisions/0004.
drop index customer_stage_change_period_idx;
alter table customer_stage_change add column entered_at timestamp with time zone;
alter table customer_stage_change add column to_stage_last_left_at timestamp with time zone;
alter table customer_stage_change add column from_stage_last_moved_on_at timestamp with time zone;

merge into customer_stage_change x
using (
  select s.id,
         coalesce(lag(s.changed_at) over chain, c.created_at) as entered_at,
         case s.to_stage
           when 'AWARENESS' then max(case when s.from_stage = 'AWARENESS' then s.changed_at end) over earlier
           when 'CONSIDERATION' then max(case when s.from_stage = 'CONSIDERATION' then s.changed_at end) over earlier
           when 'PURCHASE' then max(case when s.from_stage = 'PURCHASE' then s.changed_at end) over earlier
           when 'SERVICE' then max(case when s.from_stage = 'SERVICE' then s.changed_at end) over earlier
           when 'ADVOCACY' then max(case when s.from_stage = 'ADVOCACY' then s.changed_at end) over earlier
         end as to_stage_last_left_at,
         case s.from_stage
           when 'AWARENESS' then max(case when s.from_stage = 'AWARENESS'
             and s.to_stage in ('CONSIDERATION', 'PURCHASE', 'SERVICE', 'ADVOCACY') then s.changed_at end) over earlier
           when 'CONSIDERATION' then max(case when s.from_stage = 'CONSIDERATION'
             and s.to_stage in ('PURCHASE', 'SERVICE', 'ADVOCACY') then s.changed_at end) over earlier
           when 'PURCHASE' then max(case when s.from_stage = 'PURCHASE'
             and s.to_stage in ('SERVICE', 'ADVOCACY') then s.changed_at end) over earlier
           when 'SERVICE' then max(case when s.from_stage = 'SERVICE'
             and s.to_stage = 'ADVOCACY' then s.changed_at end) over earlier
         end as from_stage_last_moved_on_at
  from customer_stage_change s
  join customer c on c.id = s.customer_id
  window chain as (partition by s.customer_id order by s.changed_at, s.id),
         earlier as (chain rows between unbounded preceding and 1 preceding)
) w on x.id = w.id
when matched then update set entered_at = w.entered_at, to_stage_last_left_at = w.to_stage_last_left_at,
  from_stage_last_moved_on_at = w.from_stage_last_moved_on_at;

alter table customer_stage_change alter column entered_at set not null;
