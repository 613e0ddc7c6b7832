-- Case rates: plain equivalents of PostgreSQL's covering indexes (postgresql/V3_42__...); H2 has no
-- included columns, so they are part of the key.
create index service_case_opened_rates_idx on service_case (opened_at, resolved_at,
  first_inbound_channel, owner);
create index service_case_resolved_rates_idx on service_case (resolved_at,
  first_contact_resolution, first_inbound_channel, owner);
drop index service_case_resolved_idx;
