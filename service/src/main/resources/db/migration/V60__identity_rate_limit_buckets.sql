-- Rate-limit buckets shared by every instance (Bucket4j's PostgreSQL proxy manager, select-for-update): one row a
-- signed-in user ("user:<id>") or an address ("ip:<address>", "auth:<address>" for the sign-in endpoints). Its
-- columns are the ones the library reads and writes; expires_at is epoch milliseconds, after which a full bucket is
-- dropped by the identity feature's purge job.
--
-- Like scheduled_tasks, it has no tenant_id and no row-level security, on purpose: the sign-in limit is counted per
-- address before any firm is known, and no firm's data is kept here (a key names a user id or an address, the state
-- is the bucket's token count). Under Citus it stays a local (coordinator) table or becomes a reference table.
create table rate_limit_buckets (
  id         text primary key,
  state      bytea,
  expires_at bigint
);
create index rate_limit_buckets_expires_at on rate_limit_buckets (expires_at);

grant select, insert, update, delete on rate_limit_buckets to ${appRole};
