-- A member whose send was cut short (a claim found still 'sending' after its lease) stays "in doubt" until it is
-- recorded as sent: every later attempt, after a retry too, first finds out whether the mail went (Graph: its draft;
-- SMTP: the sent-copy mailbox) rather than sending it blind.
alter table mail_send_members add column in_doubt boolean not null default false;

-- A campaign mail written in Outlook and tracked counts as the member's send: it is in the campaign's figures, and a
-- later send from Steward leaves the member out. Its Internet message id may only be known once it is found in Sent
-- Items.
alter table mail_send_members add column sent_from_outlook boolean not null default false;
alter table mail_send_members drop constraint mail_send_members_check;
alter table mail_send_members add constraint mail_send_members_sent_has_message_id
  check (state <> 'sent' or internet_message_id is not null or sent_from_outlook);
