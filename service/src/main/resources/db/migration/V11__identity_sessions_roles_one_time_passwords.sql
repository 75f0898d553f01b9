-- A one-time password signs in once: the sign-in that uses it leads only to choosing a password of one's own.
alter table users add column one_time_password_used_at timestamptz;

-- Access tokens name their sign-in (the refresh family). Families revoked within an access token's lifetime are the
-- revocation set every instance reads; this index keeps that read small however many tokens the table holds.
create index refresh_tokens_revoked on refresh_tokens (tenant_id, revoked_at) where revoked_at is not null;

-- Where Microsoft users' roles come from: 'auto' (Steward, until a sign-in carries a Steward app role), 'entra'
-- (each sign-in's app role) or 'steward' (app roles ignored).
alter table tenants add column entra_roles text not null default 'auto'
  check (entra_roles in ('auto', 'entra', 'steward'));
