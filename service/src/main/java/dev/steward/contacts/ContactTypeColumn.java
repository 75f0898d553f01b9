package dev.steward.contacts;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the type as the lowercase word the schema's CHECK constraint lists. */
@Converter
class ContactTypeColumn implements AttributeConverter<ContactType, String> {

  @Override
  public String convertToDatabaseColumn(ContactType type) {
    return type == null ? null : type.value();
  }

  @Override
  public ContactType convertToEntityAttribute(String value) {
    return value == null ? null : ContactType.of(value);
  }
}
