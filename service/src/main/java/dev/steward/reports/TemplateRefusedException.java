package dev.steward.reports;

import java.util.List;

/**
 * A template file an admin uploaded that the report writer cannot use; {@code code} says why,
 * {@code missing} what.
 */
class TemplateRefusedException extends RuntimeException {

  private final String code;
  private final List<String> missing;

  TemplateRefusedException(String code, String message, List<String> missing) {
    super(message);
    this.code = code;
    this.missing = List.copyOf(missing);
  }

  static TemplateRefusedException of(String code, String message) {
    return new TemplateRefusedException(code, message, List.of());
  }

  String code() {
    return code;
  }

  List<String> missing() {
    return missing;
  }
}
