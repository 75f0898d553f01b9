-- db-scheduler's table: the background and recurring work of every instance (purges, sweeps, report deliveries),
-- claimed row by row so that one instance runs each execution. Its columns are the ones the library reads and
-- writes (db-scheduler 16, PostgreSQL).
--
-- It is the one table without tenant_id and row-level security, on purpose: the scheduler claims work before any
-- firm is set (a policy on steward.tenant_id would hide every row from it), and no firm's data is kept here. Tasks
-- are named per feature, and a task that works on firms' data iterates the firms and sets each one itself, so that
-- row-level security binds the work. Task data, where a task has any, holds ids and never client data.
create table scheduled_tasks (
  task_name            text not null,
  task_instance        text not null,
  task_data            bytea,
  execution_time       timestamptz not null,
  picked               boolean not null,
  picked_by            text,
  last_success         timestamptz,
  last_failure         timestamptz,
  consecutive_failures int,
  last_heartbeat       timestamptz,
  version              bigint not null,
  priority             smallint,
  primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

-- V1's default privileges already cover tables the migration role creates; said here too, since the scheduler cannot
-- work without them.
grant select, insert, update, delete on scheduled_tasks to ${appRole};
