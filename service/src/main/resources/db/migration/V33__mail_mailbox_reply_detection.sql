-- Reply detection: the mailboxes a firm lets Steward read as the app, where each one's delta sync stands, and the
-- campaign replies found in them.
create table mailboxes (
  id         uuid primary key,
  tenant_id  uuid not null references tenants (id),
  address    text not null check (length(address) between 3 and 320),
  -- 'shared': the firm's campaign mailbox; 'user': a person who opted in to have their inbox read.
  kind       text not null check (kind in ('shared', 'user')),
  created_by uuid,
  created_at timestamptz not null default now(),
  unique (tenant_id, id)
);
create unique index mailboxes_address on mailboxes (tenant_id, lower(address));

create table mailbox_sync_states (
  mailbox_id      uuid primary key,
  tenant_id       uuid not null,
  -- Graph's @odata.deltaLink of the inbox: the next sync asks only for what changed since. Null: a full sync.
  delta_link      text,
  -- Who holds the sync now, and until when: a sync runs once, whichever instance or request started it.
  leased_by       text,
  leased_until    timestamptz,
  last_synced_at  timestamptz,
  last_error      text check (length(last_error) <= 2000),
  messages_read   bigint not null default 0,
  replies_found   bigint not null default 0,
  foreign key (tenant_id, mailbox_id) references mailboxes (tenant_id, id) on delete cascade
);

create table mailbox_replies (
  id                  uuid primary key,
  tenant_id           uuid not null references tenants (id),
  -- No foreign key: the reply stays when its mailbox is no longer read.
  mailbox_id          uuid,
  campaign_id         uuid not null,
  contact_id          uuid not null,
  interaction_id      uuid,
  internet_message_id text not null check (length(internet_message_id) <= 1000),
  subject             text check (length(subject) <= 500),
  sender              text check (length(sender) <= 320),
  received_at         timestamptz not null,
  web_link            text check (length(web_link) <= 2000),
  matched_by          text not null check (matched_by in ('conversation', 'in_reply_to', 'sender')),
  undone_at           timestamptz,
  undone_by           uuid,
  created_at          timestamptz not null default now(),
  unique (tenant_id, id),
  -- A message is a reply once, however many mailboxes it arrived in and however often they are synced.
  unique (tenant_id, internet_message_id),
  check (undone_at is null or matched_by = 'sender'),
  foreign key (tenant_id, campaign_id) references campaigns (tenant_id, id) on delete cascade,
  foreign key (tenant_id, contact_id) references contacts (tenant_id, id) on delete cascade,
  foreign key (tenant_id, interaction_id) references interactions (tenant_id, id) on delete set null (interaction_id)
);
create index mailbox_replies_campaign on mailbox_replies (tenant_id, campaign_id, received_at desc);

alter table mailboxes enable row level security;
alter table mailboxes force row level security;
create policy tenant_isolation on mailboxes
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table mailbox_sync_states enable row level security;
alter table mailbox_sync_states force row level security;
create policy tenant_isolation on mailbox_sync_states
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table mailbox_replies enable row level security;
alter table mailbox_replies force row level security;
create policy tenant_isolation on mailbox_replies
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
