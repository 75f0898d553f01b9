package dev.steward.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A typed edge "from → to", read as "from is [label] to". Each type names itself from both ends, so
 * that the other contact sees the reciprocal label ("Executor of" / "Has executor").
 */
public enum RelationshipType {
  WORKS_FOR("Works for", "Employs", false),
  OWNS("Owns", "Owned by", false),
  MANAGES("Manages", "Managed by", false),
  RELATED_TO("Related to", "Related to", true),
  SPOUSE("Spouse of", "Spouse of", true),
  EXECUTOR("Executor of", "Has executor", false),
  TRUSTEE("Trustee of", "Has trustee", false),
  BENEFICIARY("Beneficiary of", "Has beneficiary", false),
  POWER_OF_ATTORNEY("Holds power of attorney for", "Has given power of attorney to", false);

  private final String label;
  private final String reciprocalLabel;
  private final boolean symmetric;

  RelationshipType(String label, String reciprocalLabel, boolean symmetric) {
    this.label = label;
    this.reciprocalLabel = reciprocalLabel;
    this.symmetric = symmetric;
  }

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static RelationshipType of(String value) {
    for (var type : values()) {
      if (type.value().equalsIgnoreCase(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException("Unknown relationship type '" + value + "'");
  }

  /** How the edge reads from its {@code from} end. */
  public String label() {
    return label;
  }

  /** How the edge reads from its {@code to} end. */
  public String reciprocalLabel() {
    return reciprocalLabel;
  }

  /** Spouse and related-to read the same both ways, so A→B and B→A are the same edge. */
  public boolean symmetric() {
    return symmetric;
  }
}
