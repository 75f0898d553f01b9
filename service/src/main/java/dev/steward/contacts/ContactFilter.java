package dev.steward.contacts;

import dev.steward.platform.InvalidInputException;

/**
 * Which live contacts to take: {@code q} is contained (case-insensitively) in the name, company,
 * email or phone; the others match exactly. Any of them may be null.
 */
public record ContactFilter(String q, ContactType type, String tag) {

  public static final ContactFilter ALL = new ContactFilter(null, null, null);

  /** The filter of a list or export request; a search text over 200 characters is refused. */
  static ContactFilter ofRequest(String q, ContactType type, String tag) {
    if (q != null && q.length() > 200) {
      throw InvalidInputException.of("q", "must be at most 200 characters");
    }
    return new ContactFilter(q, type, tag);
  }

  public boolean isEmpty() {
    return (q == null || q.isBlank()) && type == null && (tag == null || tag.isBlank());
  }
}
