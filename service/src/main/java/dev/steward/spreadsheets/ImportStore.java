package dev.steward.spreadsheets;

import dev.steward.contacts.ContactBulk;
import dev.steward.contacts.ContactStaging;
import dev.steward.tenancy.CurrentTenant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Matching an import's staged rows against the CRM and against each other, as set-based SQL, and
 * the bounds on the statements of an import's transaction. Every method must run inside a
 * transaction that has the firm set.
 */
@Component
class ImportStore {

  static final String EMAIL_TAKEN = "email: another contact already uses this email";
  static final String UNKNOWN_ID =
      "stewardId: no contact of this firm has this Steward ID (was it deleted?)";

  static final String EMAILS_SHARED =
      "email: the row's emails belong to more than one contact; merge those contacts first, or"
          + " remove the other contact's email from the row";

  /** Where an import stages its rows for the contacts' bulk write, and its undo's before-images. */
  static final ContactStaging STAGING = new ContactStaging("import_staging", "import_changes");

  private final JdbcClient jdbc;
  private final StagedRows staged;

  ImportStore(JdbcClient jdbc, StagedRows staged) {
    this.jdbc = jdbc;
    this.staged = staged;
  }

  /**
   * Matches the staged rows against the CRM and each other, and decides each row's action under
   * {@code policy}. Runs again at commit, inside the commit's transaction, so that contacts created
   * or edited since the preview count.
   */
  void match(UUID job, ImportPolicy policy) {
    decide(
        job,
        policy,
        "import_staging",
        """
            update import_staging s set
              contact_id = case when a.act = 'create' then null else a.matched end,
              new_id = case when a.act = 'create' then gen_random_uuid() end,
              duplicate_of = a.first,
              hold = null,
              problem = %s,
              action = a.act
            from acted a
            where s.job_id = :job and s.row_number = a.row_number"""
            .formatted(DECIDED_PROBLEM));
  }

  /**
   * {@link #matchHeld} for the rows of {@link #openFileRows}, after keeping their cells as read.
   */
  void matchFileRows(UUID job, ImportPolicy policy, int rows) {
    jdbc.sql(
            "insert into import_rows (tenant_id, job_id, row_number, cells) select tenant_id, job_id, row_number,"
                + " cells from "
                + StagedRows.FILE_ROWS)
        .update();
    matchHeld(job, policy, rows, StagedRows.FILE_ROWS);
  }

  /**
   * {@link #match} for rows still held in COPY's temporary table: the decided rows are inserted
   * into the staging table in one statement, instead of inserted and then all rewritten by an
   * update.
   */
  void matchHeld(UUID job, ImportPolicy policy, int rows) {
    matchHeld(job, policy, rows, "import_staging_in");
  }

  private void matchHeld(UUID job, ImportPolicy policy, int rows, String held) {
    if (rows >= 5_000) {
      jdbc.sql("analyze " + held).update();
    }
    decide(
        job,
        policy,
        held,
        """
            insert into import_staging (%1$s, contact_id, new_id, duplicate_of, hold, action)
            select %2$s, case when a.act = 'create' then null else a.matched end,
              case when a.act = 'create' then gen_random_uuid() end, a.first, null, a.act
            from %3$s s join acted a on a.row_number = s.row_number
            where s.job_id = :job"""
            .formatted(
                StagedRows.STAGED_COLUMNS,
                Arrays.stream(StagedRows.STAGED_COLUMNS.split(", "))
                    .map(c -> c.equals("problem") ? DECIDED_PROBLEM + " as problem" : "s." + c)
                    .collect(Collectors.joining(", ")),
                held));
    jdbc.sql("truncate " + held).update();
    staged.analyse(rows);
  }

  /**
   * A row's problem after deciding: its own, an unknown Steward ID, or an email another contact
   * already has.
   */
  private static final String DECIDED_PROBLEM =
      """
      case when a.own_problem is not null then a.own_problem
                             when a.unknown_id then :unknown
                             when a.emails_shared then :shared
                             when a.act = 'reject' and a.first is null then :taken end""";

  /**
   * Matching by Steward ID, by email (the unique index), or without an email by name and phone;
   * repeats within the file; and the action: computed from {@code source} as the CTE {@code acted},
   * then applied by {@code apply}.
   */
  private void decide(UUID job, ImportPolicy policy, String source, String apply) {
    // The name-and-phone and the window joins have no index to loop over, so nested loops are off
    // for it.
    jdbc.sql("set local enable_nestloop = off").update();
    ContactBulk.useBulkMemory(jdbc);
    jdbc.sql(
"""
            with row_keys as (
              select s.row_number, s.email as key, 0 as pos from %1$s s where s.job_id = :job and s.email is not null
              union all
              select s.row_number, k.key, 1 from %1$s s cross join lateral unnest(steward_email_keys(s.other_emails)) k(key)
              where s.job_id = :job and s.other_emails <> '[]'::jsonb),
            crm_keys as (%3$s),
            email_owners as (
              select r.row_number, (array_agg(ck.id order by r.pos, ck.id))[1] as id, array_agg(distinct ck.id) as ids
              from row_keys r join crm_keys ck on ck.key = r.key group by r.row_number),
            shared_keys as (
              select greatest(o.row_number, r.row_number) as row_number, min(least(o.row_number, r.row_number)) as first
              from row_keys o join row_keys r on r.key = o.key and r.row_number <> o.row_number
              where o.pos = 1 group by 1),
            base as (
              select s.row_number, s.steward_id, s.email, s.match_key, s.external_id, eo.ids as email_owners,
                case when s.problem in (:taken, :unknown, :shared) then null else s.problem end as own_problem,
                case when s.steward_id is not null then sid.id else coalesce(xid.id, eo.id, nm.id) end as matched
              from %1$s s
              left join %4$s sid on s.steward_id is not null and sid.tenant_id = :tenant
                and sid.id = s.steward_id and sid.deleted_at is null
              left join %4$s xid on s.steward_id is null and s.external_id is not null and xid.tenant_id = :tenant
                and xid.external_id = s.external_id and xid.deleted_at is null
              left join email_owners eo on eo.row_number = s.row_number
              left join (
                select distinct on (key) key, id from (%5$s) keys
                order by key, id) nm on s.steward_id is null and s.email is null and nm.key = s.match_key
              where s.job_id = :job),
            checked as (
              select b.*, b.own_problem is null and b.steward_id is not null and b.matched is null as unknown_id,
                b.matched is not null and b.email_owners is not null and not (b.email_owners <@ array[b.matched])
                  as emails_shared,
                case when b.own_problem is null and not (b.steward_id is not null and b.matched is null)
                  then coalesce(b.matched::text, 'x:' || b.external_id, b.match_key) end as dedupe_key
              from base b),
            acted as (
              select c.*, d.first,
                case
                  when c.own_problem is not null or c.unknown_id or c.emails_shared or d.first is not null then 'reject'
                  when c.matched is null then 'create'
                  when c.steward_id is not null then 'update'
                  when :policy = 'skip' then 'skip'
                  when :policy = 'create' and c.email is not null then 'reject'
                  when :policy = 'create' then 'create'
                  else 'update' end as act
              from checked c
              left join (
                select coalesce(w.row_number, k.row_number) as row_number,
                  nullif(least(w.first, k.first), coalesce(w.row_number, k.row_number)) as first
                from (select row_number, min(row_number) over (partition by dedupe_key) as first
                      from checked where dedupe_key is not null) w
                full join (select k.row_number, k.first from shared_keys k join checked c2 on c2.row_number = k.first
                           where c2.own_problem is null) k on k.row_number = w.row_number) d
                on d.row_number = c.row_number and d.first is not null)
%2$s"""
                .formatted(
                    source,
                    apply,
                    ContactBulk.EMAIL_KEYS,
                    ContactBulk.RELATION,
                    ContactBulk.NAME_AND_PHONE_KEYS))
        .param("taken", EMAIL_TAKEN)
        .param("unknown", UNKNOWN_ID)
        .param("shared", EMAILS_SHARED)
        .param("tenant", CurrentTenant.require())
        .param("policy", policy.value())
        .param("job", job)
        .update();
    jdbc.sql("reset enable_nestloop").update();
  }

  /**
   * Has PostgreSQL stop any statement of this transaction that runs longer than {@code left}, so
   * that an import out of time is stopped inside the database too, not only between the rows it
   * reads.
   */
  void limitStatements(java.time.Duration left) {
    jdbc.sql("set local statement_timeout = " + Math.max(1, left.toMillis())).update();
  }

  /**
   * Whether {@code e} is PostgreSQL cancelling a statement for its statement_timeout (SQLSTATE
   * 57014).
   */
  static boolean canceledByTimeout(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The database's clock, which also stamps contacts' updated_at. */
  java.time.Instant now() {
    return jdbc.sql("select clock_timestamp()")
        .query(java.sql.Timestamp.class)
        .single()
        .toInstant();
  }

  /**
   * Whether another import of the firm committed, was undone, or is committing since {@code
   * instant} (with ten minutes' margin, as a job's stamps are its transaction's start).
   */
  boolean otherImportsMovedSince(UUID job, java.time.Instant instant) {
    var since = java.sql.Timestamp.from(instant.minus(java.time.Duration.ofMinutes(10)));
    return jdbc.sql(
            """
            select exists (select 1 from import_jobs where tenant_id = ? and id <> ?
                           and (status = 'committing' or committed_at >= ? or undone_at >= ?))""")
        .params(CurrentTenant.require(), job, since, since)
        .query(Boolean.class)
        .single();
  }
}
