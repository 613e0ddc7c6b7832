-- An interview is an invitation an agent answered with the customer there and then (channel
-- INTERVIEW): its answers are kept per question of the survey version used as the script, and it
-- counts for survey fatigue like any invitation that reached the customer.
alter table survey_invitation drop constraint survey_invitation_channel_ck;
alter table survey_invitation add constraint survey_invitation_channel_ck
  check (channel in ('EMAIL', 'LINK', 'INTERVIEW'));
