-- A firm's own versions of the report templates (restyled in Excel and uploaded by an admin): at most one per kind.
-- Without one, the built-in template from excel-templates is used.
create table report_templates (
  id          uuid primary key,
  tenant_id   uuid not null references tenants (id),
  kind        text not null check (kind in ('campaign', 'portfolio')),
  file_name   text check (length(file_name) <= 255),
  content     bytea not null,
  size_bytes  integer not null check (size_bytes > 0),
  uploaded_by uuid,
  uploaded_at timestamptz not null default now(),
  version     bigint not null default 0,
  unique (tenant_id, id),
  unique (tenant_id, kind),
  foreign key (tenant_id, uploaded_by) references users (tenant_id, id) on delete set null (uploaded_by)
);

alter table report_templates enable row level security;
alter table report_templates force row level security;
create policy tenant_isolation on report_templates
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
