-- API keys and sign-in throttling. Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL).

-- allocationSize 50 in ApiKey. EclipseLink takes a value as the END of its block of 50, so the
-- sequence starts at 50 (a start at 1 fails: "increment does not match its pre-allocation size").
create sequence api_key_seq start with 50 increment by 50;

-- Only the SHA-256 of a key is stored. Names stay unique after revocation: the principal
-- apikey:<name> appears in audit trails and must keep meaning one key.
create table api_key (
  id            bigint       primary key,
  name          varchar(100) not null,
  role          varchar(20)  not null,
  key_hash      varchar(64)  not null,
  created_at    timestamp with time zone not null,
  created_by    varchar(100) not null,
  last_used_at  timestamp with time zone,
  revoked_at    timestamp with time zone,
  revoked_by    varchar(100),
  constraint api_key_name_uq unique (name),
  constraint api_key_hash_uq unique (key_hash),
  constraint api_key_role_ck check (role in ('ADMIN', 'MANAGER', 'AGENT'))
);

-- Failed sign-ins per subject ('user:<name>' or 'addr:<ip>'), shared by every server.
create table login_throttle (
  subject         varchar(300) primary key,
  failures        integer      not null,
  last_failure_at timestamp with time zone not null,
  locked_until    timestamp with time zone
);
-- The hourly clean-up deletes by age.
create index login_throttle_last_failure_idx on login_throttle (last_failure_at);
