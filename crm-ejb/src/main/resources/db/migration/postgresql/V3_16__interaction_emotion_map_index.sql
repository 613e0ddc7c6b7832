-- The emotion map aggregates every interaction of a period by stage and touchpoint. This index
-- holds what that query reads, so the period is one index-only range scan instead of a heap visit
-- per interaction: on 2M interactions (246k in 90 days) 0.26-0.36 s instead of 1.3-2.2 s, measured
-- on a loaded 2-core machine (docs/decisions/0007-emotion-map-and-pain-points.md).
create index interaction_emotion_map_idx on interaction (occurred_at)
  include (stage, touchpoint_id, emotion, channel, customer_id);
