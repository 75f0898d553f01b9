-- A CRM's own record id (Salesforce "Contact ID", HubSpot "Record ID", Dynamics "(Do Not Modify) Contact"), kept so
-- that importing the next export of the same CRM updates the contacts instead of duplicating them.
alter table contacts add column external_id text check (length(external_id) <= 100);
create unique index contacts_external_id_key on contacts (tenant_id, external_id)
  where deleted_at is null and external_id is not null;

-- What a staged row brings besides its primary email and phone, as the contacts hold them ([{address|number, label}]),
-- and its CRM record id.
alter table import_staging
  add column other_emails jsonb not null default '[]'::jsonb,
  add column other_phones jsonb not null default '[]'::jsonb,
  add column external_id text;

-- The numbers of other_phones, for comparing a row's phones with a contact's.
create function steward_phone_keys(jsonb) returns text[]
  language sql immutable parallel safe strict
  as $$ select coalesce(array_agg(p ->> 'number'), '{}') from jsonb_array_elements($1) p $$;

-- A contact's other emails or phones after an import adds a row's: the current ones, then the new ones, each value
-- once (emails compared lower-cased), and never the primary one (`exclude`).
create function steward_merge_others(current jsonb, incoming jsonb, field text, exclude text) returns jsonb
  language sql immutable parallel safe
  as $$ select coalesce(jsonb_agg(e order by pos), '[]'::jsonb) from (
          select distinct on (lower(e ->> field)) e, pos from (
            select e, n as pos from jsonb_array_elements(coalesce(current, '[]'::jsonb)) with ordinality c(e, n)
            union all
            select e, 1000000 + n from jsonb_array_elements(coalesce(incoming, '[]'::jsonb)) with ordinality i(e, n)) all_of
          where lower(e ->> field) is distinct from lower(exclude)
          order by lower(e ->> field), pos) kept $$;
