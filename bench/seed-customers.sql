-- Fills the customer tables with :count synthetic Japanese customers (default 1,000,000) for benchmarks.
-- Run against a database the application has migrated (Flyway created the schema):
--   psql -v count=1000000 -f bench/seed-customers.sql <database>
-- The derived columns follow the application's rules: sort_key is the kana reading (katakana),
-- search_text is name, reading, e-mail and phone digits, space-separated.
\set ON_ERROR_STOP on
\if :{?count}
\else
  \set count 1000000
\endif
set synchronous_commit = off;

create temporary table bench_names (i int, s text, sk text, sr text);
insert into bench_names values
 (0,'佐藤','サトウ','sato'),(1,'鈴木','スズキ','suzuki'),(2,'高橋','タカハシ','takahashi'),(3,'田中','タナカ','tanaka'),
 (4,'伊藤','イトウ','ito'),(5,'渡辺','ワタナベ','watanabe'),(6,'山本','ヤマモト','yamamoto'),(7,'中村','ナカムラ','nakamura'),
 (8,'小林','コバヤシ','kobayashi'),(9,'加藤','カトウ','kato'),(10,'吉田','ヨシダ','yoshida'),(11,'山田','ヤマダ','yamada'),
 (12,'佐々木','ササキ','sasaki'),(13,'山口','ヤマグチ','yamaguchi'),(14,'松本','マツモト','matsumoto'),(15,'井上','イノウエ','inoue'),
 (16,'木村','キムラ','kimura'),(17,'林','ハヤシ','hayashi'),(18,'斎藤','サイトウ','saito'),(19,'清水','シミズ','shimizu'),
 (20,'森','モリ','mori'),(21,'池田','イケダ','ikeda'),(22,'橋本','ハシモト','hashimoto'),(23,'石川','イシカワ','ishikawa'),
 (24,'前田','マエダ','maeda'),(25,'藤田','フジタ','fujita'),(26,'岡田','オカダ','okada'),(27,'後藤','ゴトウ','goto'),
 (28,'長谷川','ハセガワ','hasegawa'),(29,'村上','ムラカミ','murakami');
create temporary table bench_given (i int, g text, gk text, gr text);
insert into bench_given values
 (0,'花子','ハナコ','hanako'),(1,'太郎','タロウ','taro'),(2,'翔太','ショウタ','shota'),(3,'陽菜','ヒナ','hina'),
 (4,'大輝','ダイキ','daiki'),(5,'美咲','ミサキ','misaki'),(6,'健一','ケンイチ','kenichi'),(7,'由美','ユミ','yumi'),
 (8,'拓也','タクヤ','takuya'),(9,'恵','メグミ','megumi'),(10,'直樹','ナオキ','naoki'),(11,'彩','アヤ','aya'),
 (12,'誠','マコト','makoto'),(13,'さくら','サクラ','sakura'),(14,'蓮','レン','ren'),(15,'結衣','ユイ','yui'),
 (16,'大翔','ヒロト','hiroto'),(17,'葵','アオイ','aoi'),(18,'悠真','ユウマ','yuma'),(19,'凛','リン','rin');

insert into app_user (username, version, display_name, password_hash, role, enabled, locale, created_at, password_changed_at)
select 'bench' || n, 1, 'Bench ' || n, '!', 'AGENT', false, 'ja', now(), now() from generate_series(1, 20) n
on conflict do nothing;

with base as (
  select n,
         (select s from bench_names where i = n % 30) s, (select sk from bench_names where i = n % 30) sk,
         (select sr from bench_names where i = n % 30) sr,
         (select g from bench_given where i = (n / 30) % 20) g, (select gk from bench_given where i = (n / 30) % 20) gk,
         (select gr from bench_given where i = (n / 30) % 20) gr
  from generate_series(1, :count) n
), rows as (
  select n, s || ' ' || g || n as name, sk || ' ' || gk as kana, gr || '.' || sr || n || '@example.jp' as email,
         '090-' || lpad(((n::bigint * 7919) % 10000)::text, 4, '0') || '-' || lpad((n % 10000)::text, 4, '0') as phone
  from base
)
insert into customer (id, version, kind, name, name_kana, sort_key, search_text, email, phone, relationship_type,
  lifecycle, owner, consent_email, consent_survey, consent_phone, consent_sms, customer_since, churned_on,
  created_at, created_by, updated_at)
select 10000000 + n, 1, case when n % 5 = 0 then 'COMPANY' else 'PERSON' end, name, kana, kana,
       lower(name) || ' ' || kana || ' ' || email || ' ' || regexp_replace(phone, '[^0-9]', '', 'g'),
       email, phone,
       (array['TRANSACTIONAL','SELF_SERVICE','AUTOMATED_SERVICE','LONG_TERM','PERSONAL_ASSISTANCE',
              'DEDICATED_PERSONAL_ASSISTANCE','COMMUNITY','CO_CREATION'])[1 + n % 8],
       case when n % 10 = 0 then 'CHURNED' when n % 10 < 3 then 'PROSPECT' else 'ACTIVE' end,
       case when n % 8 = 5 or n % 3 = 0 then 'bench' || (1 + n % 20) end,
       n % 2 = 0, n % 3 = 0, n % 4 = 0, n % 5 = 0,
       date '2015-01-01' + (n % 3900),
       case when n % 10 = 0 then least(date '2015-01-01' + (n % 3900) + (n / 10) % 1500, date '2026-11-30') end,
       now(), 'bench', now()
from rows;

insert into customer_segment (customer_id, label)
select 10000000 + n, (array['関東','関西','中部','九州','北海道'])[1 + n % 5] from generate_series(1, :count) n;
insert into customer_segment (customer_id, label)
select 10000000 + n, (array['飲食','小売','医療','建設','IT','美容','製造'])[1 + n % 7] from generate_series(1, :count) n;
insert into customer_external_id (customer_id, system, external_id)
select 10000000 + n, 'webshop', 'BENCH-' || n from generate_series(1, :count) n;

analyze customer;
analyze customer_segment;
analyze customer_external_id;
select count(*) as customers from customer;

-- A few rare names, for searches that match almost nothing (the hardest case for an index).
update customer set name = '鈴森 花子', name_kana = 'スズモリ ハナコ', sort_key = 'スズモリ ハナコ',
  search_text = '鈴森 花子 スズモリ ハナコ hanako.suzumori@example.jp ' || regexp_replace(phone, '[^0-9]', '', 'g'),
  email = 'hanako.suzumori@example.jp'
where id in (10000000 + 123457, 10000000 + 654321, 10000000 + 987001 % (:count + 1));
