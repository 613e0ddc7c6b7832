-- Metrics (issue 13, docs/decisions/0018): what feedback counts, summed per day of the business
-- time zone and per value of each cut, maintained in the transaction that records the feedback.
-- cut ALL (value '') is everything; SEGMENT, RELATIONSHIP_TYPE, STAGE, TOUCHPOINT, CHANNEL and AGENT
-- hold one row per value that day. Counts and sums only (never shares), so rows add up. The
-- customer's segments and relationship type are those at the time the feedback was recorded.
create table metric_feedback_day (
  cut        varchar(20)  not null,
  cut_value  varchar(100) not null,
  on_day     date         not null,
  promoters  integer      not null,
  passives   integer      not null,
  detractors integer      not null,
  csat5_n    integer      not null,
  csat5_hits integer      not null,
  csat5_sum  integer      not null,
  csat7_n    integer      not null,
  csat7_hits integer      not null,
  csat7_sum  integer      not null,
  ces5_n     integer      not null,
  ces5_low   integer      not null,
  ces5_sum   integer      not null,
  ces7_n     integer      not null,
  ces7_low   integer      not null,
  ces7_sum   integer      not null,
  reviews    integer      not null,
  stars      integer      not null,
  -- Every request reads one cut (and value) over a range of days: this key is its index.
  constraint metric_feedback_day_pk primary key (cut, cut_value, on_day)
);

-- The rollup is rebuilt from the feedback through this view (the metrics feature reads no
-- feedback table): the columns the cuts need are added at the end.
create or replace view shared_feedback as
  select id, customer_id, kind, received_at, body, nps, csat, csat_scale, ces, ces_scale, stars,
         platform, emotion, agent, created_by, stage, touchpoint_id, channel
  from feedback;
