create table users (
  id                   uuid primary key,
  tenant_id            uuid not null references tenants (id),
  email                text not null check (length(email) <= 254),
  full_name            text not null check (length(full_name) between 1 and 200),
  role                 text not null check (role in ('admin', 'user', 'viewer')),
  active               boolean not null default true,
  azure_object_id      uuid,
  password_hash        text,
  must_change_password boolean not null default false,
  mfa_secret           bytea,
  mfa_enabled          boolean not null default false,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  version              bigint not null default 0,
  unique (tenant_id, id)
);
create unique index users_email_key on users (tenant_id, lower(email));
create unique index users_azure_object_id_key on users (tenant_id, azure_object_id);

alter table users enable row level security;
alter table users force row level security;
create policy tenant_isolation on users
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
