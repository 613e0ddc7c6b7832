-- Adds :answers pieces of synthetic feedback (default 3,000,000) for the customers seeded by
-- seed-customers.sql, received over three years (1 Dec 2023 to 30 Nov 2026, Tokyo): survey answers
-- with NPS, CSAT (1-5 or 1-7) and CES, reviews with stars, and e-mails with text only; stages,
-- channels, touchpoints and agents on part of them. It writes the feedback table directly, as a
-- bulk load would: the application makes the metrics' rollup from it at its next start.
--   psql -v answers=3000000 -v customers=1000000 -f bench/seed-feedback.sql <database>
\set ON_ERROR_STOP on
\if :{?answers}
\else
  \set answers 3000000
\endif
\if :{?customers}
\else
  \set customers 1000000
\endif
set synchronous_commit = off;
select setseed(0.2026);

delete from metric_feedback_day;
delete from feedback where id >= 100000000;

insert into feedback (id, version, customer_id, kind, received_at, touchpoint_id, stage, channel, agent,
  body, nps, csat, csat_scale, ces, ces_scale, stars, platform, created_at, created_by)
select 100000000 + n, 1, 10000001 + (n::bigint * 7919) % :customers,
       case when r.k < 0.85 then 'SURVEY' when r.k < 0.95 then 'REVIEW' else 'EMAIL' end,
       timestamptz '2023-12-01 00:00:00+09' + r.t * interval '1096 days',
       case when r.a < 0.3 then 1 + (n % 10) end,
       case when r.a < 0.6 then (array['AWARENESS','CONSIDERATION','PURCHASE','SERVICE','ADVOCACY'])[1 + n % 5] end,
       case when r.b < 0.8 then (array['EMAIL','PHONE','SMS','SOCIAL','WEB','IN_PERSON'])[1 + (n / 7) % 6] end,
       case when r.b < 0.5 then 'bench' || (1 + (n / 3) % 20) end,
       case when r.k >= 0.95 then 'ご連絡ありがとうございます' end,
       case when r.k < 0.85 and r.s < 0.8 then least(10, floor(r.v * 11))::int end,
       case when r.k < 0.85 and r.s >= 0.4 then 1 + floor(r.w * (case when n % 4 = 0 then 7 else 5 end))::int end,
       case when r.k < 0.85 and r.s >= 0.4 then case when n % 4 = 0 then 7 else 5 end end,
       case when r.k < 0.85 and r.s < 0.3 then 1 + floor(r.w * 5)::int end,
       case when r.k < 0.85 and r.s < 0.3 then 5 end,
       case when r.k >= 0.85 and r.k < 0.95 then 1 + floor(r.v * 5)::int end,
       case when r.k >= 0.85 and r.k < 0.95 then 'Google' end,
       now(), 'bench'
from generate_series(1, :answers) n,
     lateral (select random() k, random() t, random() a, random() b, random() s, random() v, random() w
              where n > 0) r;

analyze feedback;
select count(*) as feedback, min(received_at), max(received_at) from feedback;
