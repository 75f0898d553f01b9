package dev.steward.spreadsheets;

import dev.steward.contacts.Contacts;
import dev.steward.contacts.PhoneNumbers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Makes the {@link RowMapper} of a mapping for the current firm: its custom fields and region. */
@Component
class RowMappers {

  private final Contacts contacts;
  private final PhoneNumbers phones;

  RowMappers(Contacts contacts, PhoneNumbers phones) {
    this.contacts = contacts;
    this.phones = phones;
  }

  RowMapper forMapping(List<ColumnMapping> mapping) {
    return prepare().apply(mapping);
  }

  /**
   * Looks up what a mapper needs now, and makes mappers later: a file's mapper is made once its
   * header is read, while the COPY of its rows holds the database connection.
   */
  Function<List<ColumnMapping>, RowMapper> prepare() {
    var customTypes = customFieldTypes();
    String region = phones.firmRegion();
    return mapping -> new RowMapper(mapping, customTypes, phones, region);
  }

  /** The firm's custom fields, key to type name (text, number, date, boolean). */
  Map<String, String> customFieldTypes() {
    Map<String, String> types = new HashMap<>();
    contacts.customFieldTypes().forEach((key, type) -> types.put(key, type.value()));
    return types;
  }
}
