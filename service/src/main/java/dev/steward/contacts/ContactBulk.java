package dev.steward.contacts;

import dev.steward.tenancy.CurrentTenant;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Set-based writes of many contacts at once, for imports: create or update them from a staging
 * table, link their tags, and undo such a write. Contacts own this SQL; a caller fills a staging
 * table (see {@link ContactStaging}) and joins the contacts only through the relations given here.
 * Every method must run inside a transaction that has the firm set.
 */
@Service
public class ContactBulk {

  /** Rows per step of a write; progress is reported after each. */
  public static final int STEP = 50_000;

  /** The contact columns a staging table holds, in the order its SQL lists them. */
  public static final List<String> COLUMNS =
      List.of(
          "type",
          "first_name",
          "last_name",
          "company_name",
          "job_title",
          "email",
          "phone",
          "address_line1",
          "address_line2",
          "city",
          "region",
          "postal_code",
          "country",
          "notes");

  /** The API names of {@link #COLUMNS}, in the same order. */
  public static final List<String> FIELDS =
      List.of(
          "type",
          "firstName",
          "lastName",
          "companyName",
          "jobTitle",
          "email",
          "phone",
          "addressLine1",
          "addressLine2",
          "city",
          "region",
          "postalCode",
          "country",
          "notes");

  /**
   * The firm's contacts, trashed ones included, as a relation to join under an alias: {@code id,
   * tenant_id, version, deleted_at, updated_at, display_name}, the {@link #COLUMNS}, {@code
   * custom_fields, other_emails, other_phones, external_id}. PostgreSQL inlines it, so a join uses
   * the contacts' indexes as if it named the table.
   */
  public static final String RELATION =
      "(select id, tenant_id, version, deleted_at, updated_at, display_name, "
          + String.join(", ", COLUMNS)
          + ", custom_fields, other_emails, other_phones, external_id from contacts)";

  /**
   * Every email of the firm's live contacts, lowered, with the contact's id ({@code key, id}): the
   * primary ones through the unique index, then the others. Binds {@code :tenant}.
   */
  public static final String EMAIL_KEYS =
      """
      select lower(email) as key, id from contacts
      where tenant_id = :tenant and deleted_at is null and email is not null
      union all
      select k.key, c.id from contacts c cross join lateral unnest(steward_email_keys(c.other_emails)) k(key)
      where c.tenant_id = :tenant and c.deleted_at is null and c.other_emails <> '[]'::jsonb""";

  /**
   * The firm's live contacts with a phone by {@code 'n:' || name || '|' || phone} ({@code key,
   * id}), the name lowered with its spaces folded: how a row without an email finds its contact.
   * Binds {@code :tenant}.
   */
  public static final String NAME_AND_PHONE_KEYS =
      """
      select 'n:' || lower(regexp_replace(btrim(display_name), '[[:space:]]+', ' ', 'g')) || '|' || phone as key, id
      from contacts where tenant_id = :tenant and deleted_at is null and phone is not null""";

  private final JdbcClient jdbc;
  private final BulkWriter writer;
  private final BulkUndo undo;
  private final UnchangedRows unchanged;

  ContactBulk(JdbcClient jdbc, BulkWriter writer, BulkUndo undo, UnchangedRows unchanged) {
    this.jdbc = jdbc;
    this.writer = writer;
    this.undo = undo;
    this.unchanged = unchanged;
  }

  /**
   * Creates the batch's rows to create and updates its rows to update, then links their tags;
   * {@code progress} hears the rows done after each {@link #STEP}.
   */
  public void write(ContactStaging staging, UUID batch, UUID createdBy, IntConsumer progress) {
    writer.write(staging, batch, createdBy, progress);
  }

  /** Takes a written batch back out (see {@link BulkUndone}). */
  public BulkUndone undo(ContactStaging staging, UUID batch) {
    return undo.undo(staging, batch);
  }

  /** The batch's rows to update that would change nothing get the action {@code unchanged}. */
  public void markUnchanged(ContactStaging staging, UUID batch) {
    unchanged.mark(staging, batch);
  }

  /**
   * Whether any contact of the firm may have changed since {@code instant}: stamped since then,
   * with ten minutes' margin, as a contact's stamp is its transaction's start.
   */
  public boolean changedSince(Instant instant) {
    var since = Timestamp.from(instant.minus(java.time.Duration.ofMinutes(10)));
    return jdbc.sql(
            "select exists (select 1 from contacts where tenant_id = ? and updated_at >= ?)")
        .params(CurrentTenant.require(), since)
        .query(Boolean.class)
        .single();
  }

  /**
   * Moves the given live contacts to the trash.
   *
   * @return the contacts trashed (those not already in the trash)
   */
  public List<UUID> trash(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            update contacts set deleted_at = now(), updated_at = now(), version = version + 1
            where id in (:ids) and deleted_at is null returning id""")
        .param("ids", ids)
        .query(UUID.class)
        .list();
  }

  /** Sets one text field of a contact (a {@link #FIELDS} name other than the type) as given. */
  public void setField(UUID id, String field, String value) {
    jdbc.sql(
            "update contacts set %1$s = ?, updated_at = now(), version = version + 1 where id = ?"
                .formatted(column(field)))
        .params(value, id)
        .update();
  }

  /**
   * The column of a text field of {@link #FIELDS}.
   *
   * @throws IllegalArgumentException for any other name, the type included
   */
  public static String column(String field) {
    int index = FIELDS.indexOf(field);
    if (index < 1) {
      throw new IllegalArgumentException("not a contact's text field: " + field);
    }
    return COLUMNS.get(index);
  }

  /**
   * Lets this transaction's sorts and hash joins work in memory: PostgreSQL's default of 4 MB
   * spills the window sort and the joins of a large batch to temporary files, step after step.
   */
  public static void useBulkMemory(JdbcClient jdbc) {
    jdbc.sql("set local work_mem = '64MB'").update();
  }
}
