-- H2 has no INCLUDE: the same columns as key columns (see postgresql/V3_16).
create index interaction_emotion_map_idx on interaction (occurred_at, stage, touchpoint_id, emotion,
  channel, customer_id);
