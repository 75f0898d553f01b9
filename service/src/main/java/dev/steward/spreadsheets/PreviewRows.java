package dev.steward.spreadsheets;

import dev.steward.contacts.ContactBulk;
import dev.steward.platform.FieldProblem;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first staged rows of an import as its preview shows them: each with its action, problems and
 * warnings, beside the values of the contact it matched.
 */
@Component
class PreviewRows {

  private static final TypeReference<List<Map<String, Object>>> LIST_TYPE =
      new TypeReference<>() {};

  private static final TypeReference<Map<String, Object>> MAP_TYPE = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  PreviewRows(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The job's first {@code limit} staged rows. */
  List<PreviewRow> first(UUID job, int limit) {
    return staged(job, "true", limit).stream().map(PreviewRows::previewRow).toList();
  }

  /**
   * Staged rows from {@code fromRow} on, with the matched contact's current values for comparison.
   */
  private List<StagedView> staged(UUID job, String condition, int limit) {
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
                incoming.put("tags", Arrays.asList((String[]) tags.getArray()));
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

  private static PreviewRow previewRow(StagedView row) {
    var values = new LinkedHashMap<String, Object>();
    row.incoming()
        .forEach(
            (field, value) -> {
              if (value != null) {
                values.put(field, value);
              }
            });
    List<FieldProblem> errors = new ArrayList<>(problems(row.problem()));
    if (row.problem() == null && row.duplicateOf() != null) {
      errors.add(new FieldProblem("row", "repeats row " + row.duplicateOf() + " of this file"));
    }
    List<PreviewRow.FieldConflict> conflicts = new ArrayList<>();
    if (row.existing() != null) {
      values.forEach(
          (field, incoming) -> {
            Object current = row.existing().get(field);
            if (current != null
                && !field.equals("type")
                // Other emails and phones are added to the contact's, never replace them.
                && !field.equals("otherEmails")
                && !field.equals("otherPhones")
                && !String.valueOf(current).equals(String.valueOf(incoming))) {
              conflicts.add(new PreviewRow.FieldConflict(field, current, incoming));
            }
          });
    }
    return new PreviewRow(
        row.rowNumber(),
        row.action(),
        row.contactId(),
        row.duplicateOf(),
        values,
        errors,
        conflicts,
        problems(row.warning()));
  }

  /** "field: message" lines as problems. */
  static List<FieldProblem> problems(String lines) {
    List<FieldProblem> problems = new ArrayList<>();
    if (lines != null) {
      for (String part : lines.split("\n")) {
        int colon = part.indexOf(": ");
        problems.add(
            colon < 0
                ? new FieldProblem("row", part)
                : new FieldProblem(part.substring(0, colon), part.substring(colon + 2)));
      }
    }
    return problems;
  }
}
