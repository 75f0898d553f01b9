-- Deleting a campaign is recoverable: it moves to the trash, as contacts do.
alter table campaigns add column deleted_at timestamptz;

create index campaigns_tenant_deleted on campaigns (tenant_id, deleted_at) where deleted_at is not null;
