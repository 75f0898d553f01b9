package dev.steward.spreadsheets;

import dev.steward.contacts.ContactBulk;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sheet links: which contact each row of a linked sheet stands for, and the values both sides held
 * at the last sync. A later import of the sheet writes only what changed in the sheet since then
 * ({@link SheetLinkHoldBack}); a field changed on both sides is held back as a conflict for the
 * user to resolve here, so nothing is overwritten silently.
 */
@Component
class SheetLinks {

  /** The contact columns a sheet syncs: all but the type. */
  static final List<String> FIELDS =
      ContactBulk.COLUMNS.stream().filter(c -> !c.equals("type")).toList();

  private final JdbcClient jdbc;
  private final ContactBulk contacts;

  SheetLinks(JdbcClient jdbc, ContactBulk contacts) {
    this.jdbc = jdbc;
    this.contacts = contacts;
  }

  UUID findOrCreate(String workbook, String sheet, UUID userId) {
    UUID tenant = CurrentTenant.require();
    jdbc.sql(
            """
            insert into sheet_links (id, tenant_id, workbook_name, sheet_name, created_by) values (?, ?, ?, ?, ?)
            on conflict (tenant_id, lower(workbook_name), lower(sheet_name)) do nothing""")
        .params(UUID.randomUUID(), tenant, workbook, sheet, userId)
        .update();
    return jdbc.sql(
            """
            select id from sheet_links where tenant_id = ? and lower(workbook_name) = lower(?)
              and lower(sheet_name) = lower(?)""")
        .params(tenant, workbook, sheet)
        .query(UUID.class)
        .single();
  }

  SheetLinkView view(UUID link) {
    return jdbc.sql(
            """
            select l.id, l.workbook_name, l.sheet_name, l.last_synced_at,
              (select count(*) from sheet_link_rows r where r.link_id = l.id)
            from sheet_links l where l.id = ? and l.tenant_id = ?""")
        .params(link, CurrentTenant.require())
        .query(
            (rs, n) ->
                new SheetLinkView(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                    rs.getLong(5)))
        .optional()
        .orElseThrow(() -> NotFoundException.of("Sheet link", link));
  }

  List<SheetLinkView> all() {
    return jdbc
        .sql(
            "select id from sheet_links where tenant_id = ? order by lower(workbook_name), lower(sheet_name)")
        .param(CurrentTenant.require())
        .query(UUID.class)
        .list()
        .stream()
        .map(this::view)
        .toList();
  }

  /**
   * Forgets the rows whose contacts are in the trash, as after undoing the import that created
   * them: their rows are no longer synced, and the pane clears their Steward IDs so that the next
   * import of the sheet starts afresh.
   */
  void forgetTrashedContacts(UUID link) {
    jdbc.sql(
            """
            delete from sheet_link_rows lr using %s c
            where lr.link_id = ? and c.id = lr.contact_id and c.deleted_at is not null"""
                .formatted(ContactBulk.RELATION))
        .param(link)
        .update();
  }

  /** After a commit: the rows of the job are what both sides now agree on. */
  void recordSync(UUID link, UUID job) {
    jdbc.sql(
            """
            insert into sheet_link_rows (tenant_id, link_id, contact_id, row_number, synced_values, synced_version)
            select s.tenant_id, ?, c.id, s.row_number, %s, c.version
            from import_staging s join %s c on c.id = coalesce(s.contact_id, s.new_id)
            where s.job_id = ? and s.action in ('create', 'update', 'unchanged', 'skip')
            on conflict (link_id, contact_id) do update set row_number = excluded.row_number,
              synced_values = excluded.synced_values, synced_version = excluded.synced_version"""
                .formatted(values("c"), ContactBulk.RELATION))
        .params(link, job)
        .update();
    jdbc.sql("update sheet_links set last_synced_at = now(), version = version + 1 where id = ?")
        .param(link)
        .update();
  }

  /**
   * The CRM's current values of every linked row, for "Refresh sheet"; with {@code record}, taken
   * as synced.
   */
  List<LinkedRow> rows(UUID link, boolean record) {
    view(link);
    if (record) {
      jdbc.sql(
              """
              update sheet_link_rows lr set synced_values = %s, synced_version = c.version
              from %s c where lr.link_id = ? and c.id = lr.contact_id"""
                  .formatted(values("c"), ContactBulk.RELATION))
          .param(link)
          .update();
    }
    String columns =
        ContactBulk.COLUMNS.stream().map(c -> "c." + c).collect(Collectors.joining(", "));
    return jdbc.sql(
            """
            select lr.row_number, lr.contact_id, c.version, c.deleted_at is not null, %s
            from sheet_link_rows lr join %s c on c.id = lr.contact_id
            where lr.link_id = ? order by lr.row_number"""
                .formatted(columns, ContactBulk.RELATION))
        .param(link)
        .query(
            (rs, n) -> {
              Map<String, Object> values = new LinkedHashMap<>();
              for (int i = 0; i < ContactBulk.FIELDS.size(); i++) {
                values.put(ContactBulk.FIELDS.get(i), rs.getString(5 + i));
              }
              return new LinkedRow(
                  rs.getInt(1),
                  rs.getObject(2, UUID.class),
                  rs.getLong(3),
                  rs.getBoolean(4),
                  values);
            })
        .list();
  }

  /**
   * Moves to the trash the given contacts of the link (only those; any other id is ignored) and
   * forgets their rows.
   *
   * @return the contacts trashed
   */
  List<UUID> confirmRemovals(UUID link, List<UUID> contactIds) {
    view(link);
    if (contactIds.isEmpty()) {
      return List.of();
    }
    List<UUID> linked =
        jdbc.sql(
                "select contact_id from sheet_link_rows where link_id = :link and contact_id in (:ids)")
            .param("link", link)
            .param("ids", contactIds)
            .query(UUID.class)
            .list();
    List<UUID> trashed = contacts.trash(linked);
    jdbc.sql("delete from sheet_link_rows where link_id = :link and contact_id in (:ids)")
        .param("link", link)
        .param("ids", contactIds)
        .update();
    return trashed;
  }

  /**
   * Applies the user's pick for conflicting fields: a value taken from the sheet is written to the
   * contact; either way the picked value becomes the synced one.
   *
   * @param sheetValues field (API name) to the sheet's value, for the fields where the user picked
   *     the sheet
   * @param crmFields fields where the user kept the CRM's value
   */
  void resolve(UUID link, UUID contactId, Map<String, String> sheetValues, List<String> crmFields) {
    view(link);
    for (var pick : sheetValues.entrySet()) {
      contacts.setField(contactId, syncedField(pick.getKey()), pick.getValue());
    }
    var fields = new ArrayList<>(crmFields);
    fields.addAll(sheetValues.keySet());
    for (String field : fields) {
      String column = column(field);
      jdbc.sql(
              """
              update sheet_link_rows lr set synced_values = jsonb_set(lr.synced_values, array[?], to_jsonb(c.%s)),
                synced_version = c.version
              from %s c where lr.link_id = ? and lr.contact_id = ? and c.id = lr.contact_id"""
                  .formatted(column, ContactBulk.RELATION))
          .params(column, link, contactId)
          .update();
    }
  }

  static String column(String field) {
    return ContactBulk.column(syncedField(field));
  }

  /**
   * @throws dev.steward.platform.InvalidInputException unless {@code field} is one a sheet syncs
   */
  private static String syncedField(String field) {
    if (ContactBulk.FIELDS.indexOf(field) < 1) {
      throw dev.steward.platform.InvalidInputException.of(
          "fields." + field, "is not a contact field a sheet syncs");
    }
    return field;
  }

  private static String values(String c) {
    return "jsonb_build_object("
        + FIELDS.stream().map(f -> "'" + f + "', " + c + "." + f).collect(Collectors.joining(", "))
        + ")";
  }
}
