-- EclipseLink takes NEXT VALUE as the LAST id of a block of 50 (allocationSize) and refuses a value
-- below 49: with "start with 1" the first customer (and the first audit entry) of a fresh database
-- failed with "sequence is setup incorrectly". Move a fresh sequence to 50; a used one stays.
alter sequence customer_seq restart with
  (select greatest(base_value, 50) from information_schema.sequences where sequence_name = 'customer_seq');
alter sequence customer_audit_seq restart with
  (select greatest(base_value, 50) from information_schema.sequences where sequence_name = 'customer_audit_seq');
