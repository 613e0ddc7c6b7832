-- Every outbound contact has a purpose: REACTIVE (it answers something) or PROACTIVE (it builds
-- the relationship). Existing contacts get the default a new one gets: reactive when it names what
-- it answers, proactive otherwise (docs/decisions/0013-answers-as-the-agent-meant.md).
alter table interaction add column purpose varchar(10);
update interaction set purpose = case when reply_to is null then 'PROACTIVE' else 'REACTIVE' end
  where direction = 'OUTBOUND';
alter table interaction add constraint interaction_purpose_ck check (
  (direction = 'INBOUND' and purpose is null)
  or (direction = 'OUTBOUND' and purpose in ('REACTIVE', 'PROACTIVE')));
alter table interaction add constraint interaction_proactive_reply_ck check (
  purpose is null or purpose = 'REACTIVE' or reply_to is null);

-- Re-settle every answer under the new rule (AnswerRule): the earliest reactive outbound contact at
-- or after the inbound one that names it, or names none and belongs to no case or to its case.
-- The new answer is worked out first, so that only the rows whose answer changes get a new version.
alter table interaction add column resettled_by bigint;
update interaction i
  set resettled_by = (
        select o.id from interaction o
        where o.customer_id = i.customer_id and o.direction = 'OUTBOUND'
          and o.purpose = 'REACTIVE' and o.occurred_at >= i.occurred_at
          and (o.reply_to = i.id
               or (o.reply_to is null and (o.case_id is null or o.case_id = i.case_id)))
        order by o.occurred_at, o.id
        fetch first 1 rows only)
  where i.awaits_answer = true;
update interaction
  set answered_by = resettled_by,
      answered_at = (select o.occurred_at from interaction o where o.id = interaction.resettled_by),
      version = version + 1
  where awaits_answer = true and answered_by is distinct from resettled_by;
alter table interaction drop column resettled_by;
