-- Metrics (issue 13): the benchmarks the business enters (an industry's NPS, a competitor's CSAT,
-- its own target), drawn as lines on the metric's trend and compared on its card.
create sequence metric_benchmark_seq start with 50 increment by 50;
create table metric_benchmark (
  id         bigint        primary key,
  version    integer       not null,
  metric     varchar(20)   not null,
  kind       varchar(20)   not null,
  name       varchar(100)  not null,
  figure     numeric(7, 2) not null,
  changed_at timestamp with time zone not null,
  changed_by varchar(100)  not null,
  constraint metric_benchmark_kind_ck check (kind in ('INDUSTRY', 'COMPETITOR', 'TARGET'))
);
-- Every dashboard reads a metric's benchmarks.
create index metric_benchmark_metric_idx on metric_benchmark (metric, kind, name);
