-- A tracked mail from Outlook compose may go to several members: one row per member (their send record), all
-- sharing the mail's token, which is now signed (it names the firm, so that Outlook's send event can record the mail
-- without a sign-in). `position` keeps the order the pane gave the recipients in.
alter table mail_tracked_mails drop constraint mail_tracked_mails_token_key;
alter table mail_tracked_mails add constraint mail_tracked_mails_token_contact unique (token, contact_id);
alter table mail_tracked_mails add column position int not null default 0;

-- 'sent' is now a send recorded where Sent Items cannot be searched (no Microsoft 365, or no mailbox); a send recorded
-- where it can is 'unconfirmed' until found there ('found'), and 'not_found' once `confirm_by` passes without it (the
-- person pressed "Record as sent", then discarded the mail). Only found or plain sent mail goes on the timeline.
alter table mail_tracked_mails drop constraint mail_tracked_mails_state_check;
alter table mail_tracked_mails add constraint mail_tracked_mails_state_check
  check (state in ('composed', 'sent', 'unconfirmed', 'found', 'not_found'));
alter table mail_tracked_mails add column confirm_by timestamptz;
update mail_tracked_mails set state = 'unconfirmed', confirm_by = sent_at + interval '2 days'
  where state = 'sent' and next_lookup_at is not null;

drop index mail_tracked_mails_to_look_up;
create index mail_tracked_mails_to_look_up on mail_tracked_mails (tenant_id, next_lookup_at)
  where state = 'unconfirmed' and next_lookup_at is not null;
