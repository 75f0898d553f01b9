create table interactions (
  id                  uuid primary key,
  tenant_id           uuid not null references tenants (id),
  kind                text not null check (kind in ('email', 'call', 'letter', 'note')),
  direction           text check (direction in ('inbound', 'outbound')),
  subject             text check (length(subject) <= 500),
  summary             text check (length(summary) <= 10000),
  occurred_at         timestamptz not null,
  internet_message_id text check (length(internet_message_id) <= 1000),
  conversation_id     text check (length(conversation_id) <= 1000),
  campaign_id         uuid,
  created_by          uuid,
  created_at          timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, campaign_id) references campaigns (tenant_id, id) on delete set null (campaign_id),
  foreign key (tenant_id, created_by) references users (tenant_id, id) on delete set null (created_by)
);
-- Filing the same email twice is idempotent.
create unique index interactions_message_key on interactions (tenant_id, internet_message_id)
  where internet_message_id is not null;
create index interactions_conversation on interactions (tenant_id, conversation_id);

create table interaction_contacts (
  tenant_id      uuid not null,
  interaction_id uuid not null,
  contact_id     uuid not null,
  primary key (interaction_id, contact_id),
  foreign key (tenant_id, interaction_id) references interactions (tenant_id, id) on delete cascade,
  foreign key (tenant_id, contact_id) references contacts (tenant_id, id) on delete cascade
);
create index interaction_contacts_contact on interaction_contacts (tenant_id, contact_id);

create table audit_log (
  id          uuid primary key,
  tenant_id   uuid not null references tenants (id),
  occurred_at timestamptz not null default now(),
  actor_id    uuid,
  actor_label text check (length(actor_label) <= 254),
  action      text not null check (length(action) <= 50),
  entity_type text check (length(entity_type) <= 50),
  entity_id   uuid,
  changes     jsonb,
  client_ip   inet,
  user_agent  text check (length(user_agent) <= 500)
);
create index audit_log_tenant_time on audit_log (tenant_id, occurred_at desc);
create index audit_log_entity on audit_log (tenant_id, entity_type, entity_id);

create function audit_log_is_append_only() returns trigger
  language plpgsql
as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_is_append_only();

alter table interactions enable row level security;
alter table interactions force row level security;
create policy tenant_isolation on interactions
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table interaction_contacts enable row level security;
alter table interaction_contacts force row level security;
create policy tenant_isolation on interaction_contacts
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy tenant_isolation on audit_log
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
revoke update, delete, truncate on audit_log from ${appRole};
