-- Campaign mail a person writes in Outlook compose, tracked by an internet header (x-steward-tracking: <token>).
-- The row is the member's send record for that mail: made when the pane inserts the campaign's template, 'sent'
-- when the pane records the send, 'found' once Graph finds the mail in the sender's Sent Items by its header and
-- its Internet message id and conversation id are known (they then go onto the timeline entry, for reply matching).
create table mail_tracked_mails (
  id                  uuid primary key,
  tenant_id           uuid not null,
  token               text not null unique check (length(token) between 16 and 100),
  campaign_id         uuid not null,
  contact_id          uuid not null,
  -- The sender's mailbox, where Sent Items is searched.
  mailbox             text check (length(mailbox) <= 320),
  created_by          uuid,
  state               text not null default 'composed' check (state in ('composed', 'sent', 'found')),
  subject             text check (length(subject) <= 500),
  sent_at             timestamptz,
  internet_message_id text check (length(internet_message_id) <= 1000),
  conversation_id     text check (length(conversation_id) <= 1000),
  graph_message_id    text check (length(graph_message_id) <= 1000),
  interaction_id      uuid,
  lookups             int not null default 0,
  next_lookup_at      timestamptz,
  created_at          timestamptz not null default now(),
  check (state = 'composed' or sent_at is not null),
  foreign key (tenant_id, campaign_id) references campaigns (tenant_id, id) on delete cascade,
  foreign key (tenant_id, contact_id) references contacts (tenant_id, id) on delete cascade
);
create index mail_tracked_mails_to_look_up on mail_tracked_mails (tenant_id, next_lookup_at)
  where state = 'sent' and next_lookup_at is not null;

alter table mail_tracked_mails enable row level security;
alter table mail_tracked_mails force row level security;
create policy tenant_isolation on mail_tracked_mails
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());

-- Tracked mail from Outlook is filed on the member's timeline like campaign mail Steward sent.
alter table interactions drop constraint interactions_filed_via_check;
alter table interactions add constraint interactions_filed_via_check
  check (filed_via in ('outlook', 'mailbox', 'campaign', 'tracked'));
