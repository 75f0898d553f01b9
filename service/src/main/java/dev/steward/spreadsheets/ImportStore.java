package dev.steward.spreadsheets;

import dev.steward.contacts.ContactBulk;
import dev.steward.contacts.ContactStaging;
import dev.steward.tenancy.CurrentTenant;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk side of imports, on JDBC and COPY: raw rows in, mapped rows into the staging table,
 * duplicate and match detection as set-based SQL. Every method must run inside a transaction that
 * has the firm set.
 */
@Component
class ImportStore {

  static final String EMAIL_TAKEN = "email: another contact already uses this email";
  static final String UNKNOWN_ID =
      "stewardId: no contact of this firm has this Steward ID (was it deleted?)";

  static final String EMAILS_SHARED =
      "email: the row's emails belong to more than one contact; merge those contacts first, or"
          + " remove the other contact's email from the row";

  /** Rows read back per round trip when re-mapping. */
  static final int BATCH = 20_000;

  /** Where an import stages its rows for the contacts' bulk write, and its undo's before-images. */
  static final ContactStaging STAGING = new ContactStaging("import_staging", "import_changes");

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final JsonMapper json;

  ImportStore(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.json = json;
  }

  CopyIn openRawRows() {
    return CopyIn.open(dataSource, "import_rows", "tenant_id, job_id, row_number, cells");
  }

  static void writeRaw(CopyIn copy, UUID tenant, UUID job, int rowNumber, List<String> cells) {
    copy.row(Arrays.asList(tenant, job, rowNumber, CopyIn.textArray(cells)));
  }

  /**
   * The data rows (after the header), in order, a batch at a time; between batches the connection
   * is free again, so that the consumer may COPY.
   */
  void forEachBatch(
      UUID job,
      int headerRow,
      java.util.function.Consumer<List<Map.Entry<Integer, List<String>>>> consumer) {
    int after = headerRow;
    while (true) {
      List<Map.Entry<Integer, List<String>>> batch =
          jdbc.sql(
                  """
              select row_number, cells from import_rows where job_id = ? and row_number > ?
              order by row_number limit ?""")
              .params(job, after, BATCH)
              .query((rs, n) -> Map.entry(rs.getInt(1), cells(rs.getArray(2))))
              .list();
      if (!batch.isEmpty()) {
        consumer.accept(batch);
      }
      if (batch.size() < BATCH) {
        return;
      }
      after = batch.get(batch.size() - 1).getKey();
    }
  }

  /** The first {@code limit} data rows as read. */
  List<List<String>> firstRows(UUID job, int headerRow, int limit) {
    return jdbc.sql(
            "select cells from import_rows where job_id = ? and row_number > ? order by row_number limit ?")
        .params(job, headerRow, limit)
        .query((rs, n) -> cells(rs.getArray(1)))
        .list();
  }

  int lastRow(UUID job) {
    return jdbc.sql("select coalesce(max(row_number), 0) from import_rows where job_id = ?")
        .param(job)
        .query(Integer.class)
        .single();
  }

  List<String> rawRow(UUID job, int rowNumber) {
    return jdbc.sql("select cells from import_rows where job_id = ? and row_number = ?")
        .params(job, rowNumber)
        .query((rs, n) -> cells(rs.getArray(1)))
        .optional()
        .orElse(List.of());
  }

  private static List<String> cells(Array array) throws java.sql.SQLException {
    return Arrays.asList((String[]) array.getArray());
  }

  /**
   * Refreshes the planner's statistics of the staging table after a load, so that the set-based
   * joins that follow hash rather than loop. Without the MAINTAIN privilege PostgreSQL skips it
   * with a warning, which is fine.
   */
  void analyseStaging(int rows) {
    if (rows >= 5_000) {
      jdbc.sql("analyze import_staging").update();
    }
  }

  void clearStaging(UUID job) {
    jdbc.sql("delete from import_staging where job_id = ?").param(job).update();
  }

  CopyIn openStaging() {
    return CopyIn.open(dataSource, "import_staging", STAGED_COLUMNS);
  }

  void writeStaged(CopyIn copy, UUID tenant, UUID job, StagedRow row) {
    copy.row(stagedValues(tenant, job, row));
  }

  /** One row of a file being read: its cells as read and as mapped, copied together. */
  void writeFileRow(CopyIn copy, UUID tenant, UUID job, List<String> cells, StagedRow row) {
    var values = stagedValues(tenant, job, row);
    values.add(CopyIn.textArray(cells));
    copy.row(values);
  }

  /**
   * A row as read, written without COPY (the header row of a file, kept while the rows are copied).
   */
  void insertRaw(UUID tenant, UUID job, int rowNumber, List<String> cells) {
    jdbc.sql(
            "insert into import_rows (tenant_id, job_id, row_number, cells) values (?, ?, ?, cast(? as text[]))")
        .params(tenant, job, rowNumber, CopyIn.textArray(cells))
        .update();
  }

  private List<Object> stagedValues(UUID tenant, UUID job, StagedRow row) {
    var values = new ArrayList<Object>(ContactBulk.COLUMNS.size() + 12);
    values.add(tenant);
    values.add(job);
    values.add(row.rowNumber());
    values.addAll(row.values());
    values.add(row.tags().isEmpty() ? null : CopyIn.textArray(row.tags()));
    values.add(row.customFields().isEmpty() ? "{}" : json.writeValueAsString(row.customFields()));
    values.add(row.stewardId());
    values.add(row.matchKey());
    values.add(row.valid() ? null : row.reason());
    values.add(row.warnings().isEmpty() ? null : StagedRow.lines(row.warnings()));
    values.add(others(row.otherEmails(), "address"));
    values.add(others(row.otherPhones(), "number"));
    values.add(row.externalId());
    return values;
  }

  /** Other emails or phones as the contacts table holds them: [{"address": ..., "label": ...}]. */
  private String others(List<StagedRow.Labelled> values, String key) {
    if (values.isEmpty()) {
      return "[]";
    }
    var list = new ArrayList<Map<String, String>>(values.size());
    for (var value : values) {
      list.add(Map.of(key, value.value(), "label", value.label()));
    }
    return json.writeValueAsString(list);
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
   * Staged rows of a first analysis go to a temporary table, so that deciding writes each of them
   * only once.
   */
  CopyIn openHeldStaging() {
    return CopyIn.openHeld(dataSource, "import_staging", STAGED_COLUMNS);
  }

  /**
   * A file's rows, raw and mapped, copied into one temporary table while the file is read (so that
   * the raw rows are never read back to be mapped); {@link #matchFileRows} then moves them.
   */
  CopyIn openFileRows() {
    return CopyIn.openHeld(
        dataSource,
        "import_staging",
        FILE_ROWS,
        "like import_staging including defaults," + " cells text[] not null",
        STAGED_COLUMNS + ", cells");
  }

  /**
   * {@link #matchHeld} for the rows of {@link #openFileRows}, after keeping their cells as read.
   */
  void matchFileRows(UUID job, ImportPolicy policy, int rows) {
    jdbc.sql(
            "insert into import_rows (tenant_id, job_id, row_number, cells) select tenant_id, job_id, row_number,"
                + " cells from "
                + FILE_ROWS)
        .update();
    matchHeld(job, policy, rows, FILE_ROWS);
  }

  private static final String FILE_ROWS = "import_file_in";

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
                STAGED_COLUMNS,
                Arrays.stream(STAGED_COLUMNS.split(", "))
                    .map(c -> c.equals("problem") ? DECIDED_PROBLEM + " as problem" : "s." + c)
                    .collect(Collectors.joining(", ")),
                held));
    jdbc.sql("truncate " + held).update();
    analyseStaging(rows);
  }

  private static final String STAGED_COLUMNS =
      "tenant_id, job_id, row_number, "
          + String.join(", ", ContactBulk.COLUMNS)
          + ", tags, custom_fields, steward_id, match_key, problem, warning, other_emails, other_phones,"
          + " external_id";

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

  /** How many rows each action takes. */
  ImportSummary.Counts counts(UUID job) {
    Map<String, Long> byAction = new HashMap<>();
    jdbc.sql("select action, count(*) from import_staging where job_id = ? group by action")
        .param(job)
        .query(
            rs -> {
              byAction.put(rs.getString(1), rs.getLong(2));
            });
    return new ImportSummary.Counts(
        byAction.getOrDefault("create", 0L),
        byAction.getOrDefault("update", 0L),
        byAction.getOrDefault("unchanged", 0L),
        byAction.getOrDefault("skip", 0L),
        byAction.getOrDefault("reject", 0L));
  }

  /** How many rows repeat an earlier row of the file, and how many match a contact of the CRM. */
  ImportSummary.Duplicates duplicates(UUID job) {
    return jdbc.sql(
            """
            select count(*) filter (where duplicate_of is not null),
                   count(*) filter (where contact_id is not null and duplicate_of is null)
            from import_staging where job_id = ?""")
        .param(job)
        .query((rs, n) -> new ImportSummary.Duplicates(rs.getLong(1), rs.getLong(2)))
        .single();
  }

  /**
   * Staged rows from {@code fromRow} on, with the matched contact's current values for comparison.
   */
  List<StagedView> staged(UUID job, String condition, int limit) {
    String columns =
        ContactBulk.COLUMNS.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
    String current =
        ContactBulk.COLUMNS.stream().map(c -> "c." + c).collect(Collectors.joining(", "));
    return jdbc.sql(
            """
            select s.row_number, s.action, s.problem, s.contact_id, s.duplicate_of, s.custom_fields::text, s.tags,
                   %s, %s, c.custom_fields::text, s.warning, s.other_emails::text, s.other_phones::text,
                   s.external_id, c.other_emails::text, c.other_phones::text, c.external_id
            from import_staging s left join %s c on c.id = s.contact_id
            where s.job_id = ? and (%s) order by s.row_number limit ?"""
                .formatted(columns, current, ContactBulk.RELATION, condition))
        .params(job, limit)
        .query(
            (rs, n) -> {
              int k = 8;
              Map<String, Object> incoming = new LinkedHashMap<>();
              Map<String, Object> existing = new LinkedHashMap<>();
              for (int i = 0; i < ContactBulk.FIELDS.size(); i++) {
                incoming.put(ContactBulk.FIELDS.get(i), rs.getString(k + i));
                existing.put(
                    ContactBulk.FIELDS.get(i), rs.getString(k + ContactBulk.FIELDS.size() + i));
              }
              Array tags = rs.getArray(7);
              if (tags != null) {
                incoming.put("tags", cells(tags));
              }
              Map<String, Object> custom = json.readValue(rs.getString(6), MAP_TYPE);
              custom.forEach((key, value) -> incoming.put("customFields." + key, value));
              String currentCustom = rs.getString(k + 2 * ContactBulk.FIELDS.size());
              if (currentCustom != null) {
                json.readValue(currentCustom, MAP_TYPE)
                    .forEach((key, value) -> existing.put("customFields." + key, value));
              }
              int extra = k + 2 * ContactBulk.FIELDS.size() + 2;
              putOthers(incoming, "otherEmails", rs.getString(extra), "address");
              putOthers(incoming, "otherPhones", rs.getString(extra + 1), "number");
              incoming.put("externalId", rs.getString(extra + 2));
              if (rs.getObject(4) != null) {
                putOthers(existing, "otherEmails", rs.getString(extra + 3), "address");
                putOthers(existing, "otherPhones", rs.getString(extra + 4), "number");
                existing.put("externalId", rs.getString(extra + 5));
              }
              return new StagedView(
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getObject(4, UUID.class),
                  (Integer) rs.getObject(5),
                  incoming,
                  rs.getObject(4) == null ? null : existing,
                  rs.getString(k + 2 * ContactBulk.FIELDS.size() + 1));
            })
        .list();
  }

  /** Other emails or phones as the preview shows them: "b@y.org (home)", in order. */
  private void putOthers(Map<String, Object> values, String field, String stored, String key) {
    if (stored == null || stored.equals("[]")) {
      return;
    }
    List<Map<String, Object>> list = json.readValue(stored, LIST_TYPE);
    values.put(
        field,
        list.stream()
            .map(
                other ->
                    other.get(key)
                        + (other.get("label") == null ? "" : " (" + other.get("label") + ")"))
            .toList());
  }

  private static final tools.jackson.core.type.TypeReference<List<Map<String, Object>>> LIST_TYPE =
      new tools.jackson.core.type.TypeReference<>() {};

  private static final tools.jackson.core.type.TypeReference<Map<String, Object>> MAP_TYPE =
      new tools.jackson.core.type.TypeReference<>() {};

  /** A staged row as read back, with the contact it matched as it stands now. */
  record StagedView(
      int rowNumber,
      String action,
      String problem,
      UUID contactId,
      Integer duplicateOf,
      Map<String, Object> incoming,
      Map<String, Object> existing,
      String warning) {}
}
