package dev.steward.contacts;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets query parameters say {@code type=individual}. */
@Component
class ContactTypeConverter implements Converter<String, ContactType> {

  @Override
  public ContactType convert(String source) {
    return ContactType.of(source.trim());
  }
}
