package dev.steward.mail.tracked;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Starts tracking a mail to a contact.
 *
 * @param mailbox the sender's mailbox, where Sent Items is searched; null when unknown
 */
record TrackRequest(@NotNull UUID contactId, @Email @Size(max = 320) String mailbox) {}
