/**
 * Background and recurring work on db-scheduler: every instance polls the {@code scheduled_tasks}
 * table and claims each due execution through the database, so that one instance runs it, and a job
 * survives a restart.
 */
package dev.steward.platform.jobs;
