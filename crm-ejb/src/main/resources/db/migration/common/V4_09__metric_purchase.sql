-- Metrics (issue 13, docs/decisions/0018): customer lifetime value from a daily rollup, kept in the
-- transaction that records purchases. Per value of the buyer's cuts when the purchase was recorded
-- (SEGMENT, RELATIONSHIP_TYPE, AGENT: its owner; and ALL), per currency (amounts of two currencies
-- are never added) and per day of the business time zone:
--   orders, revenue   the purchases of the day and their sum in ten-thousandths (amounts have four
--                     decimals, so the sum is exact);
--   first_buyers      the customers whose first purchase was that day (revenue to date's n);
--   buyers_in/out     spans of days at which a customer has bought within the year up to the day
--                     start (in) and end the day before (out); the buyers of the year up to day b
--                     are the sum of in minus out over the days up to b (BuyerDays).
create table metric_purchase_day (
  cut          varchar(20)  not null,
  cut_value    varchar(100) not null,
  currency     varchar(3)   not null,
  on_day       date         not null,
  orders       bigint       not null,
  revenue      bigint       not null,
  first_buyers bigint       not null,
  buyers_in    bigint       not null,
  buyers_out   bigint       not null,
  constraint metric_purchase_day_pk primary key (cut, cut_value, currency, on_day)
);

-- The days each customer bought on, per currency and cut value: what a new purchase changes in the
-- first day and the spans is computed from them (a late purchase may come before the others).
create table metric_purchase_buyer (
  customer_id bigint       not null,
  currency    varchar(3)   not null,
  cut         varchar(20)  not null,
  cut_value   varchar(100) not null,
  on_day      date         not null,
  constraint metric_purchase_buyer_pk primary key (customer_id, currency, cut, cut_value, on_day)
);

-- One row per customer who bought: locked while a purchase of theirs changes the rollup, so that
-- two transactions never compute the same customer's spans from the same old days.
create table metric_purchase_lock (
  customer_id bigint not null,
  constraint metric_purchase_lock_pk primary key (customer_id)
);

-- The rollup is made again from the purchases through this view (feature feedback owns them).
create view shared_purchase as
  select id, customer_id, purchased_at, amount, currency from purchase;
