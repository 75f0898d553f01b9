package dev.steward.mail;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What a message's signature suggests about its sender. Each value is a proposal the user confirms;
 * any may be null (and {@code phones} empty) when the signature does not say.
 */
public record SignatureProposals(
    List<Phone> phones, String company, String jobTitle, String website) {

  static final SignatureProposals NONE = new SignatureProposals(List.of(), null, null, null);

  public SignatureProposals {
    phones = List.copyOf(phones);
  }

  /**
   * A number found in the signature: {@code e164} to store, {@code raw} as written, and what its
   * label says.
   */
  public record Phone(String e164, String raw, Kind kind) {}

  /** What a number's label (or, without one, its numbering plan) says it is. */
  public enum Kind {
    MOBILE,
    WORK,
    UNKNOWN;

    @JsonValue
    String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
