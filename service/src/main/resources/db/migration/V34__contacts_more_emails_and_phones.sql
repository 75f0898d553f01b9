-- A contact may have more than one email and phone. The primary ones stay in email and phone (the API's `email` and
-- `phone`, the unique email index); the others, each with its label (work, home, mobile, other), are kept in order
-- on the row, so that a lookup, a search and an edit read one row as before.
alter table contacts
  add column other_emails jsonb not null default '[]'::jsonb,
  add column other_phones jsonb not null default '[]'::jsonb;
alter table contacts
  add constraint contacts_other_emails_array check (jsonb_typeof(other_emails) = 'array'),
  add constraint contacts_other_phones_array check (jsonb_typeof(other_phones) = 'array');

-- The other addresses, lowered, for the Outlook pane's lookup: `steward_email_keys(other_emails) && array[...]`. Most
-- contacts have none; the index leaves them out, so that an import of a million rows does not compute it for each.
create function steward_email_keys(jsonb) returns text[]
  language sql immutable parallel safe strict
  as $$ select coalesce(array_agg(lower(e ->> 'address')), '{}') from jsonb_array_elements($1) e $$;
create index contacts_other_email_keys on contacts using gin (steward_email_keys(other_emails))
  where deleted_at is null and other_emails <> '[]'::jsonb;

-- What search reads of them: each address whole and split into its words, and each number.
create function steward_other_contact_text(emails jsonb, phones jsonb) returns text
  language sql immutable parallel safe strict
  as $$ select coalesce((select string_agg(lower(e ->> 'address') || ' '
                                   || regexp_replace(lower(e ->> 'address'), '[^[:alnum:]]+', ' ', 'g'), ' ')
                         from jsonb_array_elements(emails) e), '')
            || ' ' || coalesce((select string_agg(p ->> 'number', ' ') from jsonb_array_elements(phones) p), '') $$;

drop index contacts_search_trgm;
drop index contacts_tenant_name;
alter table contacts drop column search_text;
alter table contacts add column search_text text generated always as (
  ' ' || steward_fold(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company_name, ''))
  || ' ' || lower(coalesce(email, ''))
  || ' ' || regexp_replace(lower(coalesce(email, '')), '[^[:alnum:]]+', ' ', 'g')
  || ' ' || coalesce(phone, '')
  || case when other_emails = '[]'::jsonb and other_phones = '[]'::jsonb then ''
          else ' ' || steward_other_contact_text(other_emails, other_phones) end) stored;
create index contacts_search_trgm on contacts using gin (search_text gin_trgm_ops);
create index contacts_tenant_name on contacts (tenant_id, display_name, id) include (type, search_text)
  where deleted_at is null;

-- As in V7_1: under row-level security the lookup's condition on other emails can use its index only if its
-- functions are LEAKPROOF. Neither can fail on another row's data (the check above keeps other_emails an array).
do $$
begin
  if exists (select 1 from pg_roles where rolname = current_user and rolsuper) then
    alter function steward_email_keys(jsonb) leakproof;
    alter function pg_catalog.arrayoverlap(anyarray, anyarray) leakproof;
  else
    raise warning using message = 'Steward: a lookup by a contact''s other email cannot use its index under '
      || 'row-level security until a superuser runs: alter function steward_email_keys(jsonb) leakproof; '
      || 'alter function pg_catalog.arrayoverlap(anyarray, anyarray) leakproof;';
  end if;
end
$$;

analyze contacts;
