-- Purchases and referrals that other systems push (issue 12), read by the lifetime value and
-- referral metrics. Feature: feedback.
create sequence purchase_seq start with 50 increment by 50;
create table purchase (
  id           bigint        primary key,
  version      integer       not null,
  customer_id  bigint        not null,
  purchased_at timestamp with time zone not null,
  amount       numeric(18, 4) not null,
  currency     varchar(3)    not null,
  item         varchar(300),
  external_id  varchar(200),
  created_at   timestamp with time zone not null,
  created_by   varchar(100)  not null,
  constraint purchase_external_uq unique (external_id),
  constraint purchase_amount_ck check (amount > 0)
);
create index purchase_customer_idx on purchase (customer_id, purchased_at, id);
create index purchase_at_idx on purchase (purchased_at, id);

create sequence referral_seq start with 50 increment by 50;
create table referral (
  id                   bigint       primary key,
  version              integer      not null,
  referrer_id          bigint       not null,
  referred_at          timestamp with time zone not null,
  referred_name        varchar(200),
  referred_customer_id bigint,
  status               varchar(20)  not null,
  external_id          varchar(200),
  created_at           timestamp with time zone not null,
  created_by           varchar(100) not null,
  constraint referral_external_uq unique (external_id),
  constraint referral_status_ck check (status in ('RECEIVED', 'CONTACTED', 'CONVERTED', 'LOST')),
  constraint referral_someone_ck check (referred_name is not null
    or referred_customer_id is not null)
);
create index referral_referrer_idx on referral (referrer_id, referred_at, id);
create index referral_at_idx on referral (referred_at, id);
