package dev.steward.reports;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Which members a figure covers: a condition added to {@link #MEMBERS} and its parameters.
 *
 * @param condition SQL that starts with " and ", or empty for every member of the firm
 */
record MemberScope(String condition, Map<String, Object> params) {

  // Members that count: of a live campaign, and whose contact is not in the trash.
  static final String MEMBERS =
      """
      from campaign_contacts m
      join campaigns k on k.tenant_id = m.tenant_id and k.id = m.campaign_id and k.deleted_at is null
      join contacts c on c.tenant_id = m.tenant_id and c.id = m.contact_id and c.deleted_at is null
      where m.tenant_id = :tenant""";

  /** Every member of the firm that counts. */
  static MemberScope of(UUID tenant) {
    Map<String, Object> params = new HashMap<>();
    params.put("tenant", tenant);
    return new MemberScope("", params);
  }

  MemberScope and(String more) {
    return new MemberScope(condition + " and " + more, params);
  }

  String from() {
    return MEMBERS + condition;
  }
}
