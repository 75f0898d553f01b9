-- The firm's country for phone numbers written without a country code (imports, contact forms); null takes the
-- installation's default (STEWARD_PHONE_DEFAULT_REGION).
alter table tenants add column phone_region text check (phone_region ~ '^[A-Z]{2}$');
