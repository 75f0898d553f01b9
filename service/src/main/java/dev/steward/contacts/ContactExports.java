package dev.steward.contacts;

import dev.steward.platform.export.ExportColumn;
import dev.steward.platform.export.ExportFormat;
import dev.steward.platform.export.ExportTable;
import dev.steward.platform.export.ExportedFile;
import dev.steward.platform.export.Exports;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact list as a file, with the list's filters and order, every field and the firm's custom
 * fields. The rows stream from {@link ExportedContactRows}, with the same conditions as the list's.
 * The headings are the ones an import recognises, so an exported workbook, edited, imports back
 * (its Steward ID column updates the same contacts).
 */
@Service
class ContactExports {

  private final ExportedContactRows rows;
  private final CustomFieldDefinitions customFields;
  private final Exports exports;
  private final Tenants tenants;

  ContactExports(
      ExportedContactRows rows,
      CustomFieldDefinitions customFields,
      Exports exports,
      Tenants tenants) {
    this.rows = rows;
    this.customFields = customFields;
    this.exports = exports;
    this.tenants = tenants;
  }

  /** Writes the export (read-write: the audit entry is written in the same transaction). */
  @Transactional
  ExportedFile export(ContactFilter filter, ContactSort sort, ExportFormat format)
      throws IOException {
    List<CustomFieldDefinition> custom = customFields.all();
    String firm = tenants.find(CurrentTenant.require()).map(TenantInfo::name).orElse("");
    var table =
        new ExportTable<>(
            "Contacts", firm, inWords(filter), columns(custom), "contact", null, "contacts");
    return exports.write(
        format, table, (limit, row) -> rows.forEachExported(filter, sort, custom, limit, row));
  }

  static List<ExportColumn<ExportedContact>> columns(List<CustomFieldDefinition> custom) {
    List<ExportColumn<ExportedContact>> columns =
        new ArrayList<>(
            List.of(
                ExportColumn.of("Name", contact -> contact.head().displayName(), 26),
                ExportColumn.of("Type", contact -> typeLabel(contact.head().type()), 10),
                ExportColumn.dataOnly("First Name", contact -> contact.head().firstName(), 14),
                ExportColumn.dataOnly("Last Name", contact -> contact.head().lastName(), 16),
                ExportColumn.of("Company", contact -> contact.head().companyName(), 22),
                ExportColumn.of("Job Title", contact -> contact.head().jobTitle(), 16),
                ExportColumn.of("Email", contact -> contact.head().email(), 28),
                ExportColumn.dataOnly("Other Emails", ExportedContact::otherEmails, 28),
                ExportColumn.of("Phone", ExportedContact::phone, 16),
                ExportColumn.dataOnly("Other Phones", ExportedContact::otherPhones, 22),
                ExportColumn.dataOnly("Address Line 1", ExportedContact::addressLine1, 24),
                ExportColumn.dataOnly("Address Line 2", ExportedContact::addressLine2, 18),
                ExportColumn.of("City", ExportedContact::city, 14),
                ExportColumn.dataOnly("Region", ExportedContact::region, 12),
                ExportColumn.dataOnly("Postal Code", ExportedContact::postalCode, 10),
                ExportColumn.dataOnly("Country", ExportedContact::country, 14),
                ExportColumn.of("Tags", ExportedContact::tags, 18),
                ExportColumn.dataOnly("Notes", ExportedContact::notes, 40)));
    for (int i = 0; i < custom.size(); i++) {
      int index = i;
      columns.add(
          ExportColumn.dataOnly(
              custom.get(i).label(), contact -> contact.customFields().get(index), 16));
    }
    columns.add(ExportColumn.dataOnly("Created", ExportedContact::createdAt, 16));
    columns.add(ExportColumn.dataOnly("Updated", ExportedContact::updatedAt, 16));
    columns.add(ExportColumn.dataOnly("External ID", ExportedContact::externalId, 20));
    columns.add(ExportColumn.dataOnly("Steward ID", contact -> contact.head().id().toString(), 36));
    return columns;
  }

  /** The filters as a person reads them, for the PDF and the audit log. */
  static Map<String, String> inWords(ContactFilter filter) {
    Map<String, String> words = new LinkedHashMap<>();
    if (filter.q() != null && !filter.q().isBlank()) {
      words.put("Search", filter.q().strip());
    }
    if (filter.type() != null) {
      words.put("Type", typeLabel(filter.type()));
    }
    if (filter.tag() != null && !filter.tag().isBlank()) {
      words.put("Tag", filter.tag().strip());
    }
    return words;
  }

  static String typeLabel(ContactType type) {
    String value = type.value();
    return value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
  }
}
