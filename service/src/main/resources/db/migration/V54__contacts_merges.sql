-- Merging a duplicate contact into a survivor. The duplicate goes to the trash pointing at its survivor; the merge
-- keeps what undo needs: the survivor's fields and tags as they were, and each feature's rows of both contacts as
-- they were (jsonb arrays of the rows, by table), so that undo puts both back as they were.
alter table contacts add column merged_into uuid;

create table contact_merges (
  id               uuid primary key,
  tenant_id        uuid not null references tenants (id),
  survivor_id      uuid not null,
  duplicate_id     uuid not null,
  survivor_before  jsonb not null,
  saved_rows       jsonb not null check (jsonb_typeof(saved_rows) = 'object'),
  moved            jsonb not null check (jsonb_typeof(moved) = 'object'),
  -- The survivor's version right after the merge: an undo after a later edit of it is refused.
  survivor_version bigint not null,
  merged_by        uuid,
  merged_at        timestamptz not null default now(),
  undone_at        timestamptz,
  undone_by        uuid,
  check (survivor_id <> duplicate_id),
  unique (tenant_id, id),
  foreign key (tenant_id, survivor_id) references contacts (tenant_id, id) on delete cascade,
  foreign key (tenant_id, duplicate_id) references contacts (tenant_id, id) on delete cascade
);
create index contact_merges_survivor on contact_merges (tenant_id, survivor_id);
create index contact_merges_duplicate on contact_merges (tenant_id, duplicate_id);

alter table contact_merges enable row level security;
alter table contact_merges force row level security;
create policy tenant_isolation on contact_merges
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());

-- Possible duplicates share a name, case aside: an index on the lowered name of live contacts (lower() is LEAKPROOF
-- since V7_1, so the index serves under row-level security; the accent-folding function is not, so it is not used).
create index contacts_lower_name on contacts (tenant_id, lower(display_name)) where deleted_at is null;
