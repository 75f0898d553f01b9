package dev.steward.contacts;

import java.util.regex.Pattern;

/**
 * Where a bulk write of contacts reads its rows, and where it keeps what it changed so that the
 * batch can be undone. The caller owns both tables and fills the rows; contacts owns every write
 * made from them. Rows and changes belong to a batch by their {@code job_id}.
 *
 * <p>The rows table has, per row: {@code tenant_id}, {@code job_id}, {@code row_number}; the
 * columns of {@link ContactBulk#COLUMNS}; {@code tags text[]}, {@code custom_fields jsonb}, {@code
 * other_emails} and {@code other_phones} ({@code jsonb}, as the contact keeps them), {@code
 * external_id}; {@code steward_id} (the contact a linked sheet names); {@code hold text[]} (columns
 * the write must leave as they are); {@code action} ({@code create} and {@code update} are written,
 * {@code unchanged} is what {@link ContactBulk#markUnchanged} sets, anything else is left out);
 * {@code contact_id} (the contact to update) and {@code new_id} (the id to create it with).
 *
 * <p>The changes table has {@code tenant_id, job_id, contact_id, action text, before jsonb,
 * version_after bigint}.
 *
 * @param rows the table of staged rows
 * @param changes the table of the contacts' values before the batch updated them
 */
public record ContactStaging(String rows, String changes) {

  private static final Pattern TABLE_NAME = Pattern.compile("[a-z_]+");

  /** Both names are written into SQL, so only plain table names are taken. */
  public ContactStaging {
    if (!TABLE_NAME.matcher(rows).matches() || !TABLE_NAME.matcher(changes).matches()) {
      throw new IllegalArgumentException("not plain table names: " + rows + ", " + changes);
    }
  }
}
