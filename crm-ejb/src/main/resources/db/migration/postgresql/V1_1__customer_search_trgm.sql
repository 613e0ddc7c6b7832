-- Substring search on names (kanji, kana), e-mail and phone digits at a million rows:
-- a GIN trigram index answers terms of three or more characters without a scan.
create extension if not exists pg_trgm;
create index customer_search_trgm_idx on customer using gin (search_text gin_trgm_ops);
create index customer_active_sort_idx on customer (sort_key, id) where archived_at is null;
