-- H2 has no trigram index; the embedded database serves small data sets, so a plain index is enough.
create index customer_active_sort_idx on customer (sort_key, id);
