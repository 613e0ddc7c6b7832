-- EclipseLink takes nextval as the LAST id of a block of 50 (allocationSize) and refuses a value
-- below 49: with "start with 1" the first customer (and the first audit entry) of a fresh database
-- failed with "sequence is setup incorrectly". Move a fresh sequence to 50; a used one stays.
select setval('customer_seq', greatest(last_value, 50), is_called and last_value >= 50) from customer_seq;
select setval('customer_audit_seq', greatest(last_value, 50), is_called and last_value >= 50) from customer_audit_seq;
