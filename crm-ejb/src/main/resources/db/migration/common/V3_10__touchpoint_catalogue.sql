-- The touchpoint catalogue as MISSION.md seeds it: the key touchpoints of each journey stage, with
-- the channel on which the customer usually meets the business there. The business edits it later.
insert into touchpoint (id, version, name_ja, name_en, stage, channel, active, created_at, updated_at) values
  (1,  1, 'ウェブサイト',         'Website',            'AWARENESS',     'WEB',       true, current_timestamp, current_timestamp),
  (2,  1, 'ソーシャルメディア',   'Social media',       'AWARENESS',     'SOCIAL',    true, current_timestamp, current_timestamp),
  (3,  1, '紹介',                 'Referral',           'AWARENESS',     'IN_PERSON', true, current_timestamp, current_timestamp),
  (4,  1, 'ローカル検索',         'Local search',       'AWARENESS',     'WEB',       true, current_timestamp, current_timestamp),
  (5,  1, '初回問い合わせ',       'First contact',      'CONSIDERATION', 'PHONE',     true, current_timestamp, current_timestamp),
  (6,  1, '相談',                 'Consultation',       'CONSIDERATION', 'IN_PERSON', true, current_timestamp, current_timestamp),
  (7,  1, '提案',                 'Proposal',           'CONSIDERATION', 'EMAIL',     true, current_timestamp, current_timestamp),
  (8,  1, '契約',                 'Contract',           'PURCHASE',      'IN_PERSON', true, current_timestamp, current_timestamp),
  (9,  1, '支払い',               'Payment',            'PURCHASE',      'WEB',       true, current_timestamp, current_timestamp),
  (10, 1, 'オンボーディング',     'Onboarding',         'PURCHASE',      'IN_PERSON', true, current_timestamp, current_timestamp),
  (11, 1, 'サービス提供',         'Service delivery',   'SERVICE',       'IN_PERSON', true, current_timestamp, current_timestamp),
  (12, 1, 'サポート',             'Support',            'SERVICE',       'PHONE',     true, current_timestamp, current_timestamp),
  (13, 1, 'アカウント管理',       'Account management', 'SERVICE',       'EMAIL',     true, current_timestamp, current_timestamp),
  (14, 1, 'フォローアップ',       'Follow-up',          'ADVOCACY',      'EMAIL',     true, current_timestamp, current_timestamp),
  (15, 1, '紹介のお願い',         'Referral request',   'ADVOCACY',      'EMAIL',     true, current_timestamp, current_timestamp),
  (16, 1, 'レビュー',             'Review',             'ADVOCACY',      'WEB',       true, current_timestamp, current_timestamp);

-- EclipseLink reads nextval as the last id of a block of 50: the first block (1..50) holds the
-- seeded ids, so it is used up here and new touchpoints start at 51.
select nextval('touchpoint_seq');
