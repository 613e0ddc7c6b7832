-- When a customer may be contacted, every day in the business time zone (issue 11): both ends or
-- none, ending after they start on the same day. The playbook planner reads them.
alter table customer add column contact_from time;
alter table customer add column contact_until time;
alter table customer add constraint customer_contact_hours_check check (
  (contact_from is null and contact_until is null)
  or (contact_from is not null and contact_until is not null and contact_until > contact_from));

create or replace view shared_customer_reach as
  select id, relationship_type, owner, lifecycle, customer_since, preferred_channel, consent_email,
         consent_phone, consent_sms, archived_at, contact_from, contact_until
  from customer;
