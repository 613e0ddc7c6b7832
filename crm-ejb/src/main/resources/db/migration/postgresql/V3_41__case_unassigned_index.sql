-- "Unassigned" cases by status, newest first. A condition owner is null next to status made the
-- planner walk the status index and filter (640 ms at a million cases when none matched); the
-- partial index answers in 0.1 ms (bench/cases.sql).
create index service_case_unassigned_idx on service_case (status, opened_at, id) where owner is null;
