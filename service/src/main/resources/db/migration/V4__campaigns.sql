create table campaigns (
  id          uuid primary key,
  tenant_id   uuid not null references tenants (id),
  name        text not null check (length(name) between 1 and 200),
  description text check (length(description) <= 5000),
  channel     text not null check (channel in ('email', 'phone', 'mail')),
  send_date   date,
  status      text not null default 'draft' check (status in ('draft', 'sent', 'completed')),
  created_by  uuid,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  version     bigint not null default 0,
  unique (tenant_id, id),
  foreign key (tenant_id, created_by) references users (tenant_id, id) on delete set null (created_by)
);
create index campaigns_tenant_created on campaigns (tenant_id, created_at desc);

create table campaign_contacts (
  id            uuid primary key,
  tenant_id     uuid not null,
  campaign_id   uuid not null,
  contact_id    uuid not null,
  status        text not null default 'pending'
                  check (status in ('pending', 'responded', 'converted', 'not_interested')),
  response_date timestamptz,
  notes         text check (length(notes) <= 2000),
  recorded_via  text check (recorded_via in ('manual', 'outlook', 'mailbox', 'import')),
  added_at      timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  version       bigint not null default 0,
  unique (campaign_id, contact_id),
  check ((status = 'pending') = (response_date is null)),
  foreign key (tenant_id, campaign_id) references campaigns (tenant_id, id) on delete cascade,
  foreign key (tenant_id, contact_id) references contacts (tenant_id, id) on delete cascade
);
create index campaign_contacts_contact on campaign_contacts (tenant_id, contact_id);
create index campaign_contacts_responses on campaign_contacts (tenant_id, response_date desc)
  where response_date is not null;

alter table campaigns enable row level security;
alter table campaigns force row level security;
create policy tenant_isolation on campaigns
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table campaign_contacts enable row level security;
alter table campaign_contacts force row level security;
create policy tenant_isolation on campaign_contacts
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
