-- Search folds accents ("Muller" finds "Müller") and knows where words start, so that prefix matches rank first.
-- unaccent() is only STABLE (its dictionary could change), so it is wrapped in an IMMUTABLE function for the
-- generated column and its indexes; the query term is folded by the same function.
create extension if not exists unaccent;

create function steward_fold(text) returns text
  language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, lower($1)) $$;

drop index contacts_search_trgm;
alter table contacts drop column search_text;
-- Every word follows a space, the first one too, and an address is also split into its words ("ann.lee@firm.example"
-- gives " ann lee firm example"): "% lee%" is then a word-prefix match that the trigram index answers.
alter table contacts add column search_text text generated always as (
  ' ' || steward_fold(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company_name, ''))
  || ' ' || lower(coalesce(email, ''))
  || ' ' || regexp_replace(lower(coalesce(email, '')), '[^[:alnum:]]+', ' ', 'g')
  || ' ' || coalesce(phone, '')) stored;
create index contacts_search_trgm on contacts using gin (search_text gin_trgm_ops);

-- Walking the names in order and filtering is how a common term finds its first page: with the haystack and the type
-- in the index, the walk reads no table rows.
drop index contacts_tenant_name;
create index contacts_tenant_name on contacts (tenant_id, display_name, id) include (type, search_text)
  where deleted_at is null;

analyze contacts;
