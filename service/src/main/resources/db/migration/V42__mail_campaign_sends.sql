-- Sending an email campaign: the send (who started it, when it finished) and each member's send state. A member is
-- claimed ('sending', with its Message-ID fixed) in its own transaction before the transport is called, so that a
-- send cut short by a crash knows exactly which member was in flight.
create table mail_campaign_sends (
  campaign_id  uuid primary key,
  tenant_id    uuid not null,
  transport    text not null check (transport in ('smtp', 'graph')),
  started_by   uuid,
  sender_name  text check (length(sender_name) <= 200),
  started_at   timestamptz not null default now(),
  completed_at timestamptz,
  foreign key (tenant_id, campaign_id) references campaigns (tenant_id, id) on delete cascade
);

create table mail_send_members (
  id                  uuid primary key,
  tenant_id           uuid not null,
  campaign_id         uuid not null,
  contact_id          uuid not null,
  state               text not null check (state in ('queued', 'sending', 'sent', 'failed', 'skipped')),
  reason              text check (length(reason) <= 2000),
  address             text check (length(address) <= 320),
  attempts            int not null default 0,
  next_attempt_at     timestamptz not null default now(),
  -- Fixed when the member is claimed, before the transport is called: the same id on any resend.
  internet_message_id text check (length(internet_message_id) <= 1000),
  conversation_id     text check (length(conversation_id) <= 1000),
  -- Graph only: the draft's immutable id.
  graph_message_id    text check (length(graph_message_id) <= 1000),
  claimed_at          timestamptz,
  sent_at             timestamptz,
  updated_at          timestamptz not null default now(),
  unique (campaign_id, contact_id),
  check (state <> 'sent' or internet_message_id is not null),
  foreign key (tenant_id, campaign_id) references campaigns (tenant_id, id) on delete cascade,
  foreign key (tenant_id, contact_id) references contacts (tenant_id, id) on delete cascade
);
create index mail_send_members_due on mail_send_members (tenant_id, campaign_id, next_attempt_at)
  where state in ('queued', 'sending');

alter table mail_campaign_sends enable row level security;
alter table mail_campaign_sends force row level security;
create policy tenant_isolation on mail_campaign_sends
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table mail_send_members enable row level security;
alter table mail_send_members force row level security;
create policy tenant_isolation on mail_send_members
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());

-- Campaign mail Steward sent is filed on the member's timeline like any email, so that reply detection finds the
-- campaign of an answer by its Message-ID or conversation.
alter table interactions drop constraint interactions_filed_via_check;
alter table interactions add constraint interactions_filed_via_check
  check (filed_via in ('outlook', 'mailbox', 'campaign'));
