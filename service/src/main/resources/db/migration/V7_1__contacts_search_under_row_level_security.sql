-- Under row-level security PostgreSQL evaluates a query's own conditions after the policy unless their functions are
-- LEAKPROOF, so `lower(email) = ...` and `search_text like ...` could not use their indexes for the service role and
-- every lookup read the whole table. Both functions fail only on their arguments' form (an invalid pattern), never in
-- a way that reveals another row, so they are marked LEAKPROOF. Only a superuser may do so: elsewhere the migration
-- says what to run, and search stays correct but slow until it is run.
do $$
begin
  if exists (select 1 from pg_roles where rolname = current_user and rolsuper) then
    alter function pg_catalog.lower(text) leakproof;
    alter function pg_catalog.textlike(text, text) leakproof;
  else
    raise warning using message = 'Steward: contact lookup and search cannot use their indexes under row-level '
      || 'security until a superuser runs: alter function pg_catalog.lower(text) leakproof; '
      || 'alter function pg_catalog.textlike(text, text) leakproof;';
  end if;
end
$$;
