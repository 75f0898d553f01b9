create table contacts (
  id            uuid primary key,
  tenant_id     uuid not null references tenants (id),
  type          text not null check (type in ('individual', 'business', 'estate')),
  first_name    text check (length(first_name) <= 100),
  last_name     text check (length(last_name) <= 100),
  company_name  text check (length(company_name) <= 200),
  job_title     text check (length(job_title) <= 100),
  email         text check (length(email) <= 254),
  phone         text check (length(phone) <= 32),
  address_line1 text check (length(address_line1) <= 200),
  address_line2 text check (length(address_line2) <= 200),
  city          text check (length(city) <= 100),
  region        text check (length(region) <= 100),
  postal_code   text check (length(postal_code) <= 20),
  country       text check (length(country) <= 100),
  notes         text check (length(notes) <= 10000),
  custom_fields jsonb not null default '{}' check (jsonb_typeof(custom_fields) = 'object'),
  created_by    uuid,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  deleted_at    timestamptz,
  version       bigint not null default 0,
  display_name  text generated always as (
    case when type = 'individual'
      then btrim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))
      else coalesce(company_name, '')
    end) stored,
  -- One lower-cased haystack for "contains" search over name, company, email and phone.
  search_text   text generated always as (
    lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company_name, '') || ' '
          || coalesce(email, '') || ' ' || coalesce(phone, ''))) stored,
  unique (tenant_id, id),
  foreign key (tenant_id, created_by) references users (tenant_id, id) on delete set null (created_by),
  check (type <> 'individual' or coalesce(first_name, last_name) is not null),
  check (type = 'individual' or company_name is not null)
);
-- Emails match case-insensitively; a live contact's email is unique within its firm.
create unique index contacts_email_key on contacts (tenant_id, lower(email)) where deleted_at is null;
create index contacts_search_trgm on contacts using gin (search_text gin_trgm_ops);
create index contacts_tenant_name on contacts (tenant_id, display_name, id) where deleted_at is null;
create index contacts_tenant_deleted on contacts (tenant_id, deleted_at) where deleted_at is not null;

create table tags (
  id         uuid primary key,
  tenant_id  uuid not null references tenants (id),
  name       text not null check (length(name) between 1 and 50),
  created_at timestamptz not null default now(),
  unique (tenant_id, id)
);
create unique index tags_name_key on tags (tenant_id, lower(name));

create table contact_tags (
  tenant_id  uuid not null,
  contact_id uuid not null,
  tag_id     uuid not null,
  primary key (contact_id, tag_id),
  foreign key (tenant_id, contact_id) references contacts (tenant_id, id) on delete cascade,
  foreign key (tenant_id, tag_id) references tags (tenant_id, id) on delete cascade
);
create index contact_tags_tag on contact_tags (tag_id, contact_id);

create table custom_field_definitions (
  id         uuid primary key,
  tenant_id  uuid not null references tenants (id),
  field_key  text not null check (field_key ~ '^[a-z][a-z0-9_]{0,49}$'),
  label      text not null check (length(label) between 1 and 100),
  field_type text not null check (field_type in ('text', 'number', 'date', 'boolean')),
  created_at timestamptz not null default now(),
  version    bigint not null default 0,
  unique (tenant_id, field_key)
);

create table relationships (
  id              uuid primary key,
  tenant_id       uuid not null,
  from_contact_id uuid not null,
  to_contact_id   uuid not null,
  type            text not null check (type in ('works_for', 'owns', 'manages', 'related_to', 'spouse', 'executor',
                                                'trustee', 'beneficiary', 'power_of_attorney')),
  notes           text check (length(notes) <= 2000),
  created_by      uuid,
  created_at      timestamptz not null default now(),
  version         bigint not null default 0,
  check (from_contact_id <> to_contact_id),
  unique (tenant_id, from_contact_id, to_contact_id, type),
  foreign key (tenant_id, from_contact_id) references contacts (tenant_id, id) on delete cascade,
  foreign key (tenant_id, to_contact_id) references contacts (tenant_id, id) on delete cascade
);
create index relationships_to on relationships (tenant_id, to_contact_id);

alter table contacts enable row level security;
alter table contacts force row level security;
create policy tenant_isolation on contacts
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table tags enable row level security;
alter table tags force row level security;
create policy tenant_isolation on tags
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table contact_tags enable row level security;
alter table contact_tags force row level security;
create policy tenant_isolation on contact_tags
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table custom_field_definitions enable row level security;
alter table custom_field_definitions force row level security;
create policy tenant_isolation on custom_field_definitions
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
alter table relationships enable row level security;
alter table relationships force row level security;
create policy tenant_isolation on relationships
  using (tenant_id = steward_current_tenant()) with check (tenant_id = steward_current_tenant());
