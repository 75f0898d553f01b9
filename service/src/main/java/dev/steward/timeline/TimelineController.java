package dev.steward.timeline;

import dev.steward.audit.AuditTrail;
import dev.steward.campaigns.Campaigns;
import dev.steward.contacts.Contacts;
import dev.steward.mail.InteractionView;
import dev.steward.mail.Interactions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contacts")
class TimelineController {

  private final Contacts contacts;
  private final Interactions interactions;
  private final AuditTrail auditTrail;
  private final Campaigns campaigns;

  TimelineController(
      Contacts contacts, Interactions interactions, AuditTrail auditTrail, Campaigns campaigns) {
    this.contacts = contacts;
    this.interactions = interactions;
    this.auditTrail = auditTrail;
    this.campaigns = campaigns;
  }

  @GetMapping("/api/contacts/{id}/timeline")
  @Operation(summary = "A contact's interactions and recorded changes, newest first")
  List<TimelineEntry> timeline(
      @PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
    contacts.requireLive(id);
    int bounded = Math.max(1, Math.min(limit, 200));
    var entries = new ArrayList<TimelineEntry>();
    var filed = interactions.ofContact(id, bounded);
    Map<UUID, String> campaignNames =
        campaigns.namesOf(
            filed.stream().map(InteractionView::campaignId).filter(Objects::nonNull).toList());
    for (var interaction : filed) {
      String campaignName = campaignNames.get(interaction.campaignId());
      entries.add(
          new TimelineEntry(
              interaction.occurredAt(),
              interaction.kind(),
              interaction.subject() == null ? interaction.kind() : interaction.subject(),
              interaction.summary(),
              interaction.id(),
              null,
              null,
              interaction.campaignId(),
              campaignName,
              context(interaction, campaignName)));
    }
    var changes = new ArrayList<>(auditTrail.of("contact", id, bounded));
    for (UUID merged : contacts.mergedInto(id)) {
      changes.addAll(auditTrail.of("contact", merged, bounded));
    }
    for (var change : changes) {
      entries.add(
          new TimelineEntry(
              change.occurredAt(),
              "change",
              change.action(),
              null,
              null,
              change.actorLabel(),
              change.changes(),
              null,
              null,
              null));
    }
    entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
    return entries.size() > bounded ? List.copyOf(entries.subList(0, bounded)) : entries;
  }

  /** How an interaction relates to its campaign, in words. */
  private static String context(InteractionView interaction, String campaignName) {
    if (campaignName == null) {
      return null;
    }
    if ("email".equals(interaction.kind())) {
      return "outbound".equals(interaction.direction())
          ? "Sent for " + campaignName
          : "Replied to " + campaignName;
    }
    return "About " + campaignName;
  }
}
