-- Metrics (issue 13, docs/decisions/0018): referral volume from a daily rollup, kept in the
-- transaction that records referrals. Per day of the business time zone (by referred_at) and per
-- value of the referrer's cuts at the time: SEGMENT, RELATIONSHIP_TYPE, AGENT (its owner), and ALL.
create table metric_referral_day (
  cut       varchar(20)  not null,
  cut_value varchar(100) not null,
  on_day    date         not null,
  referrals integer      not null,
  constraint metric_referral_day_pk primary key (cut, cut_value, on_day)
);

-- The rollup is made again from the referrals through this view (feature feedback owns them).
create view shared_referral as
  select id, referrer_id, referred_at from referral;
