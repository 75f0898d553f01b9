-- An email filed from Outlook (or read through Graph) keeps who wrote it and to whom, its ids, and the headers that
-- tie a reply to the message it answers. Recipients are arrays of {"address": ..., "name": ...}.
alter table interactions
  add column sender_address     text check (length(sender_address) <= 320),
  add column sender_name        text check (length(sender_name) <= 500),
  add column to_recipients      jsonb not null default '[]' check (jsonb_typeof(to_recipients) = 'array'),
  add column cc_recipients      jsonb not null default '[]' check (jsonb_typeof(cc_recipients) = 'array'),
  add column rest_id            text check (length(rest_id) <= 1000),
  add column in_reply_to        text check (length(in_reply_to) <= 1000),
  add column message_references text check (length(message_references) <= 20000),
  add column web_link           text check (length(web_link) <= 2000),
  add column attachment_names   jsonb not null default '[]' check (jsonb_typeof(attachment_names) = 'array'),
  -- How it came: filed from the Outlook pane, or found by the mailbox sync; null for other API callers.
  add column filed_via          text check (filed_via in ('outlook', 'mailbox'));

create index interactions_in_reply_to on interactions (tenant_id, in_reply_to) where in_reply_to is not null;
