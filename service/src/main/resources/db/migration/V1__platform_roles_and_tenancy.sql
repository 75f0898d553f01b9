-- The service connects as ${appRole}: a role that owns no table, so row-level security binds it.
-- Operators may create the role themselves (with a password); here it is created only when missing.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = '${appRole}') then
    create role ${appRole} login;
  end if;
end
$$;

grant usage on schema public to ${appRole};
alter default privileges in schema public grant select, insert, update, delete on tables to ${appRole};
alter default privileges in schema public grant usage, select on sequences to ${appRole};
alter default privileges in schema public grant execute on functions to ${appRole};

create extension if not exists pg_trgm;

-- The tenant of the current transaction, set by the service with set_config('steward.tenant_id', id, true).
-- Without it, every policy below matches no row.
create function steward_current_tenant() returns uuid
  language sql stable
as $$ select nullif(current_setting('steward.tenant_id', true), '')::uuid $$;

create table tenants (
  id              uuid primary key,
  tenant_id       uuid generated always as (id) stored not null,
  name            text not null check (length(name) between 1 and 200),
  subdomain       text check (subdomain ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
  azure_tenant_id uuid,
  active          boolean not null default true,
  mfa_required    boolean not null default false,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  version         bigint not null default 0
);
create unique index tenants_subdomain_key on tenants (subdomain);
create unique index tenants_azure_tenant_id_key on tenants (azure_tenant_id);

alter table tenants enable row level security;
alter table tenants force row level security;
-- Which firm a request belongs to is resolved from tenants before any tenant is set (an Entra tid, a subdomain),
-- so tenants are readable; they hold no client data. Changes stay within the current tenant.
create policy tenants_readable on tenants for select using (true);
create policy tenants_insert on tenants for insert with check (id = steward_current_tenant());
create policy tenants_update on tenants for update using (id = steward_current_tenant())
  with check (id = steward_current_tenant());
create policy tenants_delete on tenants for delete using (id = steward_current_tenant());
