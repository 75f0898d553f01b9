package dev.steward.contacts;

import java.util.ArrayList;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds the staged rows to update that would change nothing of their contact. */
@Component
class UnchangedRows {

  private final JdbcClient jdbc;

  UnchangedRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Rows to update that would change nothing become {@code unchanged}. */
  void mark(ContactStaging staging, UUID batch) {
    // By contact id: index lookups, whatever the statistics of freshly loaded tables say.
    jdbc.sql("set local enable_seqscan = off").update();
    jdbc.sql(
            """
            update %s s set action = 'unchanged' from contacts c
            where s.job_id = ? and s.action = 'update' and c.id = s.contact_id and not (%s)"""
                .formatted(staging.rows(), differs("s", "c")))
        .param(batch)
        .update();
    jdbc.sql("reset enable_seqscan").update();
  }

  /**
   * SQL that is true when staged row {@code s} would change contact {@code c}: a non-blank value
   * that differs.
   */
  private static String differs(String s, String c) {
    var terms = new ArrayList<String>();
    for (String column : ContactBulk.COLUMNS) {
      if (column.equals("email") || column.equals("phone")) {
        // A row's email or phone that the contact has among its others changes nothing.
        String keys = column.equals("email") ? "steward_email_keys" : "steward_phone_keys";
        String others = column.equals("email") ? "other_emails" : "other_phones";
        terms.add(
            ("(%1$s.%3$s is not null and %1$s.%3$s is distinct from %2$s.%3$s and not %4$s"
                    + " and not %5$s(%2$s.%6$s) @> array[%1$s.%3$s])")
                .formatted(s, c, column, BulkWriter.held(s, column), keys, others));
      } else if (!column.equals("type")) {
        terms.add(
            "(%1$s.%3$s is not null and %1$s.%3$s is distinct from %2$s.%3$s and not %4$s)"
                .formatted(s, c, column, BulkWriter.held(s, column)));
      }
    }
    terms.add(
        "(%1$s.custom_fields <> '{}' and not %2$s.custom_fields @> %1$s.custom_fields)"
            .formatted(s, c));
    terms.add(
        """
        (%1$s.other_emails <> '[]' and not (steward_email_keys(%1$s.other_emails)
          <@ (steward_email_keys(%2$s.other_emails) || lower(coalesce(%2$s.email, '')))))"""
            .formatted(s, c));
    terms.add(
        """
        (%1$s.other_phones <> '[]' and not (steward_phone_keys(%1$s.other_phones)
          <@ (steward_phone_keys(%2$s.other_phones) || coalesce(%2$s.phone, ''))))"""
            .formatted(s, c));
    terms.add(
        "(%1$s.external_id is not null and %1$s.external_id is distinct from %2$s.external_id)"
            .formatted(s, c));
    terms.add(
        """
        (%1$s.tags is not null and exists (select 1 from unnest(%1$s.tags) t(name) where not exists (
          select 1 from contact_tags ct join tags tg on tg.id = ct.tag_id
          where ct.contact_id = %2$s.id and lower(tg.name) = lower(t.name))))"""
            .formatted(s, c));
    return String.join(" or ", terms);
  }
}
