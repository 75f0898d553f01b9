package dev.steward.contacts;

import static dev.steward.contacts.ContactConditions.folded;
import static dev.steward.contacts.ContactConditions.where;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of a contact export: the list's filter and order, with every field. */
@Component
class ExportedContactRows {

  private final JdbcClient jdbc;

  ExportedContactRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Streams every live contact the filter takes, in the list's order, with all its fields, for an
   * export: rows are fetched 500 at a time, so that any number of contacts passes through a small
   * heap. Call it inside a transaction (the driver streams only there).
   *
   * @param customFields the custom fields to read, in the order of {@link
   *     ExportedContact#customFields()}
   */
  void forEachExported(
      ContactFilter filter,
      ContactSort sort,
      List<CustomFieldDefinition> customFields,
      int limit,
      Consumer<? super ExportedContact> row) {
    Map<String, Object> params = new HashMap<>();
    String where = where(folded(jdbc, filter), false, params);
    StringBuilder custom = new StringBuilder();
    for (int i = 0; i < customFields.size(); i++) {
      custom.append(", c.custom_fields ->> :field").append(i).append(" as field").append(i);
      params.put("field" + i, customFields.get(i).key());
    }
    jdbc.sql(
            """
            select c.id, c.type, c.display_name, c.first_name, c.last_name, c.company_name, c.job_title, c.email,
                   c.phone, c.address_line1, c.address_line2, c.city, c.region, c.postal_code, c.country, c.notes,
                   c.created_at, c.updated_at, c.external_id,
                   (select string_agg((e ->> 'address') || ' (' || coalesce(e ->> 'label', 'other') || ')', '; ' order by n)
                    from jsonb_array_elements(c.other_emails) with ordinality o(e, n)) as other_emails,
                   (select string_agg((p ->> 'number') || ' (' || coalesce(p ->> 'label', 'other') || ')', '; ' order by n)
                    from jsonb_array_elements(c.other_phones) with ordinality o(p, n)) as other_phones,
                   array(select t.name from contact_tags ct join tags t on t.id = ct.tag_id
                         where ct.contact_id = c.id order by lower(t.name)) as tags%s
            from contacts c where %s order by %s limit :limit"""
                .formatted(custom, where, sort.orderBy()))
        .params(params)
        .param("limit", limit)
        .withFetchSize(500)
        .query(
            rs -> {
              List<Object> values = new ArrayList<>(customFields.size());
              for (int i = 0; i < customFields.size(); i++) {
                values.add(customValue(customFields.get(i).type(), rs.getString("field" + i)));
              }
              row.accept(
                  new ExportedContact(
                      ContactHead.of(rs),
                      rs.getString("other_emails"),
                      rs.getString("phone"),
                      rs.getString("other_phones"),
                      rs.getString("address_line1"),
                      rs.getString("address_line2"),
                      rs.getString("city"),
                      rs.getString("region"),
                      rs.getString("postal_code"),
                      rs.getString("country"),
                      List.of((String[]) rs.getArray("tags").getArray()),
                      rs.getString("notes"),
                      values,
                      rs.getTimestamp("created_at").toInstant(),
                      rs.getTimestamp("updated_at").toInstant(),
                      rs.getString("external_id")));
            });
  }

  /**
   * A stored custom value as its type: a number, a date, yes/no; text, or anything unreadable, as
   * the text.
   */
  private static Object customValue(CustomFieldType type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return switch (type) {
        case NUMBER -> new java.math.BigDecimal(text.strip());
        case DATE -> java.time.LocalDate.parse(text.strip());
        case BOOLEAN -> Boolean.parseBoolean(text.strip());
        case TEXT -> text;
      };
    } catch (RuntimeException unreadable) {
      return text;
    }
  }
}
