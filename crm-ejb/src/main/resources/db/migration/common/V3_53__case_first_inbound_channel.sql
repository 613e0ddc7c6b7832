-- The channel of a case's first inbound interaction (by occurred_at, then id; null without one), kept
-- on the case so that the case rates per channel read no interaction (docs/decisions/0006). It is
-- set anew wherever interactions enter or leave a case (FirstInboundChannel in the application);
-- here it is filled in for the cases that exist.
alter table service_case add column first_inbound_channel varchar(20);

update service_case set first_inbound_channel = (select i.channel from interaction i
    where i.case_id = service_case.id and i.direction = 'INBOUND'
    order by i.occurred_at, i.id limit 1)
  where exists (select 1 from interaction i where i.case_id = service_case.id and i.direction = 'INBOUND');
