-- Scheduled report delivery: at most one schedule per firm, and each run's outcome for the admin to see.
create table report_schedules (
  id                 uuid primary key,
  tenant_id          uuid not null unique references tenants (id),
  enabled            boolean not null default false,
  frequency          text not null check (frequency in ('daily', 'weekly', 'monthly')),
  day_of_week        smallint check (day_of_week between 1 and 7),
  day_of_month       smallint check (day_of_month between 1 and 28),
  time_of_day        time not null,
  time_zone          text not null check (length(time_zone) between 1 and 64),
  report             text not null check (report in ('portfolio', 'campaign')),
  -- No foreign key: a campaign purged from the trash leaves the schedule, whose next run then says so.
  campaign_id        uuid,
  destination_drive  text not null check (destination_drive in ('user', 'site', 'drive')),
  destination_owner  text not null check (length(destination_owner) between 1 and 400),
  destination_folder text not null default '' check (length(destination_folder) <= 400),
  -- When the next run is due; null while the schedule is off.
  next_run_at        timestamptz,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  version            bigint not null default 0,
  unique (tenant_id, id),
  check (frequency <> 'weekly' or day_of_week is not null),
  check (frequency <> 'monthly' or day_of_month is not null),
  check (report <> 'campaign' or campaign_id is not null),
  check (enabled = (next_run_at is not null))
);
create index report_schedules_due on report_schedules (tenant_id, next_run_at) where enabled;

create table report_deliveries (
  id           uuid primary key,
  tenant_id    uuid not null,
  schedule_id  uuid not null,
  -- The time the run was due: a due time is delivered once, whatever number of instances look at it.
  due_at       timestamptz not null,
  started_at   timestamptz not null default now(),
  finished_at  timestamptz,
  status       text not null check (status in ('running', 'delivered', 'failed')),
  period_from  date,
  period_to    date,
  file_name    text,
  web_url      text,
  item_id      text,
  error        text check (length(error) <= 2000),
  unique (schedule_id, due_at),
  foreign key (tenant_id, schedule_id) references report_schedules (tenant_id, id) on delete cascade
);
create index report_deliveries_recent on report_deliveries (tenant_id, started_at desc);

alter table report_schedules enable row level security;
alter table report_schedules force row level security;
create policy tenant_isolation on report_schedules
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table report_deliveries enable row level security;
alter table report_deliveries force row level security;
create policy tenant_isolation on report_deliveries
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
