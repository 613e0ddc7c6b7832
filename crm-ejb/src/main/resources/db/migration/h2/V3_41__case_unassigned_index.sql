-- H2 has no partial indexes: the unassigned cases by status are found through this one.
create index service_case_unassigned_idx on service_case (status, owner, opened_at, id);
