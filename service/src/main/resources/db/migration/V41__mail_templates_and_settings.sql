-- Campaign mail: each email campaign's template (the firm's own text, rendered in a sandbox), and how the firm sends.
create table mail_templates (
  campaign_id uuid primary key,
  tenant_id   uuid not null,
  subject     text not null check (length(subject) between 1 and 500),
  html_body   text not null check (length(html_body) <= 200000),
  text_body   text not null check (length(text_body) <= 100000),
  updated_by  uuid,
  updated_at  timestamptz not null default now(),
  version     bigint not null default 0,
  foreign key (tenant_id, campaign_id) references campaigns (tenant_id, id) on delete cascade
);

-- One row per firm; without one the firm sends by SMTP with the service's configured defaults.
create table mail_settings (
  tenant_id            uuid primary key references tenants (id),
  -- 'smtp': the SMTP server the service is configured with; 'graph': the firm's Microsoft 365 mailbox, as the app.
  transport            text not null default 'smtp' check (transport in ('smtp', 'graph')),
  from_address         text check (length(from_address) <= 320),
  from_name            text check (length(from_name) <= 200),
  reply_to             text check (length(reply_to) <= 320),
  graph_mailbox        text check (length(graph_mailbox) <= 320),
  -- Admin caps: mails a minute (null: the service's default) and members in one send (null: no cap).
  mails_per_minute     int check (mails_per_minute between 1 and 100000),
  max_members_per_send int check (max_members_per_send >= 1),
  updated_at           timestamptz not null default now(),
  version              bigint not null default 0,
  check (transport <> 'graph' or graph_mailbox is not null)
);

alter table mail_templates enable row level security;
alter table mail_templates force row level security;
create policy tenant_isolation on mail_templates
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table mail_settings enable row level security;
alter table mail_settings force row level security;
create policy tenant_isolation on mail_settings
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
