-- Case rates: the cases opened in a range and the cases resolved in a range, with every column the
-- aggregates read, so that each side is one index-only range scan (docs/decisions/0006). They
-- replace service_case_resolved_idx of V3 (resolved_at alone); service_case_opened_idx (opened_at,
-- id) stays for the list. H2 gets plain equivalents under the same version.
create index service_case_opened_rates_idx on service_case (opened_at)
  include (resolved_at, first_inbound_channel, owner);
create index service_case_resolved_rates_idx on service_case (resolved_at)
  include (first_contact_resolution, first_inbound_channel, owner)
  where resolved_at is not null;
drop index service_case_resolved_idx;
