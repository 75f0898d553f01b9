package dev.steward.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class RoleColumn implements AttributeConverter<Role, String> {

  @Override
  public String convertToDatabaseColumn(Role role) {
    return role == null ? null : role.value();
  }

  @Override
  public Role convertToEntityAttribute(String value) {
    return value == null ? null : Role.of(value);
  }
}
