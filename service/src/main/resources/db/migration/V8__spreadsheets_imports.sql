-- Spreadsheet imports: a job per uploaded file or posted sheet, its raw rows, the rows mapped onto contact fields
-- (the staging table the commit reads with set-based SQL), and the before-images that undo restores.

create table sheet_links (
  id             uuid primary key,
  tenant_id      uuid not null references tenants (id),
  workbook_name  text not null check (length(workbook_name) between 1 and 255),
  sheet_name     text not null check (length(sheet_name) between 1 and 255),
  created_by     uuid,
  created_at     timestamptz not null default now(),
  last_synced_at timestamptz,
  version        bigint not null default 0,
  unique (tenant_id, id)
);
create unique index sheet_links_name_key on sheet_links (tenant_id, lower(workbook_name), lower(sheet_name));

create table import_jobs (
  id            uuid primary key,
  tenant_id     uuid not null references tenants (id),
  created_by    uuid,
  source        text not null check (source in ('file', 'sheet')),
  file_name     text check (length(file_name) <= 255),
  file_kind     text not null check (file_kind in ('csv', 'xlsx', 'xls', 'rows')),
  sheet_link_id uuid,
  sheet_name    text check (length(sheet_name) <= 255),
  header_row    integer not null default 1,
  status        text not null check (status in ('receiving', 'ready', 'committing', 'committed', 'failed', 'undone')),
  header        jsonb not null default '[]' check (jsonb_typeof(header) = 'array'),
  mapping       jsonb not null default '[]' check (jsonb_typeof(mapping) = 'array'),
  policy        text not null default 'update' check (policy in ('update', 'skip', 'create')),
  rows_total    integer not null default 0,
  rows_done     integer not null default 0,
  summary       jsonb,
  error         text check (length(error) <= 2000),
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  committed_at  timestamptz,
  undone_at     timestamptz,
  version       bigint not null default 0,
  unique (tenant_id, id),
  foreign key (tenant_id, sheet_link_id) references sheet_links (tenant_id, id) on delete set null (sheet_link_id)
);
create index import_jobs_tenant_created on import_jobs (tenant_id, created_at desc);

-- The rows as read from the file, cells as text, numbered as the sheet numbers them (1 is the header row).
create table import_rows (
  tenant_id  uuid not null,
  job_id     uuid not null,
  row_number integer not null,
  cells      text[] not null,
  primary key (job_id, row_number),
  foreign key (tenant_id, job_id) references import_jobs (tenant_id, id) on delete cascade
);

-- The rows mapped onto contact fields and validated; rewritten whenever the mapping or the policy changes.
create table import_staging (
  tenant_id     uuid not null,
  job_id        uuid not null,
  row_number    integer not null,
  type          text check (type in ('individual', 'business', 'estate')),
  first_name    text,
  last_name     text,
  company_name  text,
  job_title     text,
  email         text,
  phone         text,
  address_line1 text,
  address_line2 text,
  city          text,
  region        text,
  postal_code   text,
  country       text,
  notes         text,
  tags          text[],
  custom_fields jsonb not null default '{}',
  steward_id    uuid,
  match_key     text,
  problem       text,
  contact_id    uuid,
  new_id        uuid,
  duplicate_of  integer,
  -- Columns a linked sheet must not write: unchanged in the sheet since the last sync, or in conflict with the CRM.
  hold          text[],
  action        text check (action in ('create', 'update', 'unchanged', 'skip', 'reject')),
  primary key (job_id, row_number),
  foreign key (tenant_id, job_id) references import_jobs (tenant_id, id) on delete cascade
);
create index import_staging_match on import_staging (job_id, match_key);

-- What a commit did to each contact: created, or updated from the before-image kept here for undo.
create table import_changes (
  tenant_id     uuid not null,
  job_id        uuid not null,
  contact_id    uuid not null,
  action        text not null check (action in ('created', 'updated')),
  before        jsonb,
  version_after bigint not null,
  primary key (job_id, contact_id),
  foreign key (tenant_id, job_id) references import_jobs (tenant_id, id) on delete cascade
);

-- Per linked sheet: which contact each row stands for, and the values both sides agreed on at the last sync.
create table sheet_link_rows (
  tenant_id      uuid not null,
  link_id        uuid not null,
  contact_id     uuid not null,
  row_number     integer not null,
  synced_values  jsonb not null,
  synced_version bigint not null,
  primary key (link_id, contact_id),
  foreign key (tenant_id, link_id) references sheet_links (tenant_id, id) on delete cascade
);

-- An import fills import_rows and import_staging by the hundred thousand and then joins them; the service analyses
-- them right after, or the planner would join on statistics of a nearly empty table. ANALYZE needs the MAINTAIN
-- privilege (PostgreSQL 17 on); on older servers the analyse is skipped and autovacuum catches up.
do $$
begin
  if current_setting('server_version_num')::int >= 170000 then
    execute 'grant maintain on import_rows, import_staging to ${appRole}';
  end if;
end
$$;

alter table sheet_links enable row level security;
alter table sheet_links force row level security;
create policy tenant_isolation on sheet_links
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table import_jobs enable row level security;
alter table import_jobs force row level security;
create policy tenant_isolation on import_jobs
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table import_rows enable row level security;
alter table import_rows force row level security;
create policy tenant_isolation on import_rows
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table import_staging enable row level security;
alter table import_staging force row level security;
create policy tenant_isolation on import_staging
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table import_changes enable row level security;
alter table import_changes force row level security;
create policy tenant_isolation on import_changes
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table sheet_link_rows enable row level security;
alter table sheet_link_rows force row level security;
create policy tenant_isolation on sheet_link_rows
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
