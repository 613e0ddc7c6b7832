-- Response-time standards per channel, the business calendar (one row) and its holidays. Keys are
-- natural (the channel, the date), so no sequences. Seeded with the standards of the mission and
-- a Monday-to-Friday 09:00-18:00 Tokyo calendar; holidays start empty (the business adds them).

create table response_standard (
  channel     varchar(20) primary key,
  version     integer     not null,
  mode        varchar(20) not null,
  hours       integer,
  updated_at  timestamp with time zone not null,
  updated_by  varchar(100) not null,
  constraint response_standard_channel_ck check (channel in ('EMAIL', 'PHONE', 'SMS', 'SOCIAL',
    'WEB', 'IN_PERSON')),
  constraint response_standard_mode_ck check (mode in ('ELAPSED_HOURS', 'BUSINESS_HOURS',
    'SAME_BUSINESS_DAY', 'NO_ANSWER')),
  constraint response_standard_hours_ck check (
    (mode in ('ELAPSED_HOURS', 'BUSINESS_HOURS') and hours between 1 and 8760)
    or (mode in ('SAME_BUSINESS_DAY', 'NO_ANSWER') and hours is null))
);

insert into response_standard (channel, version, mode, hours, updated_at, updated_by) values
  ('EMAIL', 1, 'ELAPSED_HOURS', 24, current_timestamp, 'system'),
  ('PHONE', 1, 'SAME_BUSINESS_DAY', null, current_timestamp, 'system'),
  ('SMS', 1, 'ELAPSED_HOURS', 2, current_timestamp, 'system'),
  ('SOCIAL', 1, 'ELAPSED_HOURS', 4, current_timestamp, 'system'),
  ('WEB', 1, 'ELAPSED_HOURS', 24, current_timestamp, 'system'),
  ('IN_PERSON', 1, 'NO_ANSWER', null, current_timestamp, 'system');

-- Exactly one calendar (id 1). working_days lists ISO day numbers, Monday = 1: '12345'.
create table business_calendar (
  id           integer     primary key,
  version      integer     not null,
  working_days varchar(7)  not null,
  opens_at     time        not null,
  closes_at    time        not null,
  zone         varchar(60) not null,
  updated_at   timestamp with time zone not null,
  updated_by   varchar(100) not null,
  constraint business_calendar_one_ck check (id = 1),
  constraint business_calendar_days_ck check (length(working_days) between 1 and 7),
  constraint business_calendar_hours_ck check (closes_at > opens_at)
);

insert into business_calendar (id, version, working_days, opens_at, closes_at, zone, updated_at,
  updated_by) values (1, 1, '12345', time '09:00:00', time '18:00:00', 'Asia/Tokyo',
  current_timestamp, 'system');

-- A date the business is closed on; read by year (the primary key is the date index).
create table business_holiday (
  holiday_date date         primary key,
  name         varchar(100) not null,
  created_at   timestamp with time zone not null,
  created_by   varchar(100) not null
);
