package dev.steward.spreadsheets;

import dev.steward.contacts.ContactBulk;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an import of a linked sheet must not write: the fields its rows did not change since the
 * last sync, and those changed on both sides (the conflicts); and the linked contacts whose rows
 * the sheet no longer has.
 */
@Component
class SheetLinkHoldBack {

  private final JdbcClient jdbc;

  SheetLinkHoldBack(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Holds back, for rows of the job that stand for linked contacts, every field the sheet did not
   * change since the last sync (so a stale cell never overwrites a newer CRM value) and every field
   * changed on both sides.
   *
   * @return the conflicts: row, contact and its name in Steward, field, the sheet's and the CRM's
   *     value
   */
  List<ImportSummary.SheetConflict> holdBack(UUID link, UUID job) {
    var selects =
        SheetLinks.FIELDS.stream()
            .map(
                f ->
                    """
        select s.row_number, s.contact_id, '%1$s' as field, s.%1$s as sheet, c.%1$s as crm, c.display_name
        from import_staging s join sheet_link_rows lr on lr.link_id = :link and lr.contact_id = s.contact_id
        join %2$s c on c.id = s.contact_id
        where s.job_id = :job and s.action = 'update' and s.%1$s is not null
          and s.%1$s is distinct from lr.synced_values ->> '%1$s'
          and c.%1$s is distinct from lr.synced_values ->> '%1$s' and c.%1$s is distinct from s.%1$s"""
                        .formatted(f, ContactBulk.RELATION))
            .collect(Collectors.joining("\nunion all\n"));
    var conflicts =
        jdbc.sql("select * from (" + selects + ") x order by row_number, field limit 1000")
            .param("link", link)
            .param("job", job)
            .query(
                (rs, n) ->
                    new ImportSummary.SheetConflict(
                        rs.getInt(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(6),
                        ContactBulk.FIELDS.get(ContactBulk.COLUMNS.indexOf(rs.getString(3))),
                        rs.getString(4),
                        rs.getString(5)))
            .list();
    var holds =
        SheetLinks.FIELDS.stream()
            .map(
                f ->
                    """
        case when s.%1$s is not distinct from lr.synced_values ->> '%1$s'
               or (c.%1$s is distinct from lr.synced_values ->> '%1$s' and c.%1$s is distinct from s.%1$s)
             then '%1$s' end"""
                        .formatted(f))
            .collect(Collectors.joining(", "));
    jdbc.sql(
            """
            update import_staging s set hold = array_remove(array[%s], null)
            from sheet_link_rows lr, %s c
            where s.job_id = :job and lr.link_id = :link and lr.contact_id = s.contact_id and c.id = s.contact_id"""
                .formatted(holds, ContactBulk.RELATION))
        .param("link", link)
        .param("job", job)
        .update();
    return conflicts;
  }

  /**
   * Contacts synced from the sheet before whose rows this import no longer has; for a selection,
   * only those last seen between its first and last data row (the rows outside it were not read).
   */
  List<ImportSummary.RemovedRow> removed(UUID link, UUID job, boolean selection) {
    return jdbc.sql(
            """
            select lr.contact_id, lr.row_number, c.display_name from sheet_link_rows lr
            join %s c on c.id = lr.contact_id and c.deleted_at is null
            where lr.link_id = :link and not exists (
              select 1 from import_staging s where s.job_id = :job and s.contact_id = lr.contact_id)
              and (not :selection or lr.row_number between
                (select min(s.row_number) from import_staging s where s.job_id = :job)
                and (select max(s.row_number) from import_staging s where s.job_id = :job))
            order by lr.row_number limit 1000"""
                .formatted(ContactBulk.RELATION))
        .param("link", link)
        .param("job", job)
        .param("selection", selection)
        .query(
            (rs, n) ->
                new ImportSummary.RemovedRow(
                    rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)))
        .list();
  }
}
