alter table users
  add column mfa_last_step       bigint not null default 0,
  add column failed_sign_ins     integer not null default 0,
  add column locked_until        timestamptz,
  add column last_sign_in_at     timestamptz,
  add column password_changed_at timestamptz;

-- Refresh tokens rotate on every use; a family is one sign-in's chain. Only a hash of each token is kept.
create table refresh_tokens (
  id          uuid primary key,
  tenant_id   uuid not null,
  user_id     uuid not null,
  family_id   uuid not null,
  token_hash  text not null unique,
  issued_at   timestamptz not null default now(),
  expires_at  timestamptz not null,
  used_at     timestamptz,
  revoked_at  timestamptz,
  foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
);
create index refresh_tokens_family on refresh_tokens (tenant_id, family_id);
create index refresh_tokens_user on refresh_tokens (tenant_id, user_id);

create table recovery_codes (
  id        uuid primary key,
  tenant_id uuid not null,
  user_id   uuid not null,
  code_hash text not null,
  used_at   timestamptz,
  foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
);
create index recovery_codes_user on recovery_codes (tenant_id, user_id);

alter table refresh_tokens enable row level security;
alter table refresh_tokens force row level security;
create policy tenant_isolation on refresh_tokens
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table recovery_codes enable row level security;
alter table recovery_codes force row level security;
create policy tenant_isolation on recovery_codes
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
