-- Cases: a starter root-cause catalogue (two per category, the business edits it) and the indexes
-- the case list, the case figures and first-contact resolution read by.

insert into root_cause (id, version, category, name_ja, name_en, active) values
  (1, 1, 'PROCESS', '手続き・手順が分かりにくい', 'Unclear procedure', true),
  (2, 1, 'PROCESS', '対応の遅れ・引き継ぎ漏れ', 'Delay or lost hand-over', true),
  (3, 1, 'COMMUNICATION', '説明・案内の不足', 'Missing or unclear information', true),
  (4, 1, 'COMMUNICATION', '連絡の行き違い', 'Crossed or missed messages', true),
  (5, 1, 'PRODUCT', '製品・サービスの不具合', 'Product or service defect', true),
  (6, 1, 'PRODUCT', '機能・品揃えの不足', 'Missing feature or item', true),
  (7, 1, 'STAFF', '担当者の知識不足', 'Staff lacked knowledge', true),
  (8, 1, 'STAFF', '応対態度', 'Staff manner', true),
  (9, 1, 'OTHER', 'お客様側の事情', 'On the customer''s side', true),
  (10, 1, 'OTHER', '外部要因（配送業者・天候など）', 'External cause (carrier, weather, ...)', true);
-- EclipseLink (allocationSize 50) reads nextval as the last id of its block: the first block is
-- 1..50, so it is consumed here and new causes start at 51.
select nextval('root_cause_seq');

-- The list, newest first, all cases or by owner ("mine", "unassigned" = owner is null); the
-- (status|customer|owner+status, opened_at, id) indexes of V3 serve the other filters.
create index service_case_opened_idx on service_case (opened_at, id);
create index service_case_owner_opened_idx on service_case (owner, opened_at, id);

-- A case's inbound contacts (first-contact resolution) and the channel of its first one.
create index interaction_case_direction_idx on interaction (case_id, direction, occurred_at, id);
