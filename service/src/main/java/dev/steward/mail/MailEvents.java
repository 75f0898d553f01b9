package dev.steward.mail;

import java.util.List;
import java.util.UUID;

/** What happens to interactions, for the audit log. */
public final class MailEvents {

  private MailEvents() {}

  public record InteractionFiled(
      UUID interactionId, String kind, String subject, List<UUID> contactIds, UUID campaignId) {}
}
