package dev.steward.mail.sending;

import dev.steward.contacts.Contacts;
import dev.steward.contacts.MailRecipient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The due members of one campaign, read a batch at a time, handed out one at a time to the run's
 * senders (one per connection). A member is handed out once per run: a batch read while another
 * sender is still busy with a member would name it again (its claim may already count as stale when
 * the in-flight lease is short).
 */
final class DueMembers {

  /** A due member with what their mail needs; {@code recipient} is null for a trashed contact. */
  record Next(SendMembers.Due member, MailRecipient recipient) {}

  private static final int BATCH = 50;
  private static final int MOST_IN_HAND = 8;

  private final UUID campaignId;
  private final SendMembers members;
  private final Contacts contacts;
  private final Duration lease;
  private final ArrayDeque<Next> batch = new ArrayDeque<>();
  private final Set<UUID> handedOut = new HashSet<>();
  private boolean drained;

  DueMembers(UUID campaignId, SendMembers members, Contacts contacts, Duration lease) {
    this.campaignId = campaignId;
    this.members = members;
    this.contacts = contacts;
    this.lease = lease;
  }

  /** The next due member, or empty when none is left. Called in the campaign's firm. */
  synchronized Optional<Next> next() {
    if (batch.isEmpty() && !drained) {
      var due =
          members.due(campaignId, BATCH + MOST_IN_HAND, lease).stream()
              .filter(member -> handedOut.add(member.id()))
              .toList();
      drained = due.isEmpty();
      Map<UUID, MailRecipient> recipients =
          contacts.mailRecipients(due.stream().map(SendMembers.Due::contactId).toList()).stream()
              .collect(Collectors.toMap(MailRecipient::id, Function.identity()));
      due.forEach(member -> batch.add(new Next(member, recipients.get(member.contactId()))));
    }
    return Optional.ofNullable(batch.poll());
  }
}
