-- A contact who asked to receive no more campaign email (through the unsubscribe link, or told staff). Campaign sends
-- skip them; null means they may be written to.
alter table contacts add column email_opt_out_at timestamptz;
