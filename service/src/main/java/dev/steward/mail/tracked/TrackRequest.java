package dev.steward.mail.tracked;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Starts tracking one mail to contacts.
 *
 * @param contactId one recipient (kept for older panes); added to {@code contactIds}
 * @param contactIds the recipients who are (or will be made) members of the campaign
 * @param mailbox the sender's mailbox, where Sent Items is searched; null when unknown
 */
record TrackRequest(
    UUID contactId,
    @Size(max = TrackedMails.MAX_RECIPIENTS) List<@NotNull UUID> contactIds,
    @Email @Size(max = 320) String mailbox) {

  List<UUID> recipients() {
    var all = new ArrayList<UUID>();
    if (contactId != null) {
      all.add(contactId);
    }
    if (contactIds != null) {
      all.addAll(contactIds);
    }
    return all;
  }
}
