-- Users and customers. Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both accept;
-- vendor-only objects (trigram search indexes) live in db/migration/<vendor>.

create table app_user (
  username            varchar(100) primary key,
  version             integer      not null,
  display_name        varchar(200) not null,
  password_hash       varchar(500) not null,
  role                varchar(20)  not null,
  enabled             boolean      not null,
  locale              varchar(5)   not null,
  created_at          timestamp with time zone not null,
  password_changed_at timestamp with time zone not null,
  constraint app_user_role_ck check (role in ('ADMIN', 'MANAGER', 'AGENT'))
);

-- allocationSize 50 in the entities: ids come in blocks, so EclipseLink can batch the inserts.
-- EclipseLink reads nextval as the LAST id of a block and refuses a first value below 50.
create sequence customer_seq start with 50 increment by 50;
create sequence customer_audit_seq start with 50 increment by 50;

create table customer (
  id                  bigint       primary key,
  version             integer      not null,
  kind                varchar(10)  not null,
  name                varchar(200) not null,
  name_kana           varchar(200),
  sort_key            varchar(200) not null,
  search_text         varchar(1000) not null,
  email               varchar(254),
  phone               varchar(40),
  postal_code         varchar(20),
  region              varchar(100),
  locality            varchar(200),
  street              varchar(300),
  relationship_type   varchar(40)  not null,
  lifecycle           varchar(20)  not null,
  owner               varchar(100) references app_user (username),
  consent_email       boolean      not null,
  consent_email_at    timestamp with time zone,
  consent_survey      boolean      not null,
  consent_survey_at   timestamp with time zone,
  consent_phone       boolean      not null,
  consent_phone_at    timestamp with time zone,
  consent_sms         boolean      not null,
  consent_sms_at      timestamp with time zone,
  customer_since      date         not null,
  churned_on          date,
  churn_reason        varchar(500),
  preferred_channel   varchar(20),
  preferred_language  varchar(5),
  created_at          timestamp with time zone not null,
  created_by          varchar(100) not null,
  updated_at          timestamp with time zone not null,
  archived_at         timestamp with time zone,
  archived_by         varchar(100),
  constraint customer_kind_ck check (kind in ('PERSON', 'COMPANY')),
  constraint customer_lifecycle_ck check (lifecycle in ('PROSPECT', 'ACTIVE', 'CHURNED')),
  constraint customer_type_ck check (relationship_type in ('TRANSACTIONAL', 'SELF_SERVICE',
    'AUTOMATED_SERVICE', 'LONG_TERM', 'PERSONAL_ASSISTANCE', 'DEDICATED_PERSONAL_ASSISTANCE',
    'COMMUNITY', 'CO_CREATION')),
  constraint customer_dedicated_owner_ck check (
    relationship_type <> 'DEDICATED_PERSONAL_ASSISTANCE' or owner is not null),
  constraint customer_churn_ck check (lifecycle = 'CHURNED' or churned_on is null)
);

-- Keyset pagination: every list order is (key, id) and has its index; filters lead where selective.
create index customer_sort_idx on customer (sort_key, id);
create index customer_since_idx on customer (customer_since, id);
create index customer_type_sort_idx on customer (relationship_type, sort_key, id);
create index customer_lifecycle_sort_idx on customer (lifecycle, sort_key, id);
create index customer_owner_sort_idx on customer (owner, sort_key, id);
create index customer_email_idx on customer (email);

create table customer_segment (
  customer_id bigint      not null references customer (id) on delete cascade,
  label       varchar(50) not null,
  primary key (customer_id, label)
);
create index customer_segment_label_idx on customer_segment (label, customer_id);

create table customer_external_id (
  customer_id bigint       not null references customer (id) on delete cascade,
  system      varchar(50)  not null,
  external_id varchar(200) not null,
  constraint customer_external_id_uq unique (system, external_id)
);
create index customer_external_id_customer_idx on customer_external_id (customer_id);
create index customer_external_id_id_idx on customer_external_id (external_id);

create table customer_contact (
  customer_id bigint       not null references customer (id) on delete cascade,
  position    integer      not null,
  name        varchar(200) not null,
  role        varchar(100),
  email       varchar(254),
  phone       varchar(40),
  primary key (customer_id, position)
);

create table customer_important_date (
  customer_id bigint      not null references customer (id) on delete cascade,
  kind        varchar(30) not null,
  on_date     date        not null,
  label       varchar(200)
);
create index customer_important_date_customer_idx on customer_important_date (customer_id);

create table customer_audit (
  id          bigint       primary key,
  customer_id bigint       not null references customer (id),
  at          timestamp with time zone not null,
  actor       varchar(100) not null,
  action      varchar(20)  not null
);
create index customer_audit_customer_idx on customer_audit (customer_id, at);

create table customer_audit_change (
  audit_id  bigint      not null references customer_audit (id) on delete cascade,
  position  integer     not null,
  field     varchar(60) not null,
  old_value varchar(4000),
  new_value varchar(4000),
  primary key (audit_id, position)
);

-- A replayed POST with the same Idempotency-Key returns the first answer instead of a duplicate.
create table idempotency_key (
  caller      varchar(100) not null,
  idem_key    varchar(200) not null,
  request_hash varchar(64) not null,
  resource_id bigint       not null,
  created_at  timestamp with time zone not null,
  primary key (caller, idem_key)
);
