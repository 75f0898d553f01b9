package dev.steward.contacts;

/**
 * Which live contacts to take: {@code q} is contained (case-insensitively) in the name, company, email or phone; the
 * others match exactly. Any of them may be null.
 */
public record ContactFilter(String q, ContactType type, String tag) {

  public static final ContactFilter ALL = new ContactFilter(null, null, null);

  public boolean isEmpty() {
    return (q == null || q.isBlank()) && type == null && (tag == null || tag.isBlank());
  }
}
