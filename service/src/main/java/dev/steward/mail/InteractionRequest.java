package dev.steward.mail;

import dev.steward.campaigns.ResponseStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An email (or call, letter, note) to file on contacts' timelines. An email with an {@code
 * internetMessageId} is filed once: filing it again links any contacts not linked yet to the same
 * interaction.
 *
 * <p>An email is filed on the contacts named in {@code contactIds} and on every contact whose
 * address is its sender ({@code from}), a To or a Cc. With a {@code restId} and a Microsoft
 * sign-in, the service reads the message itself through Graph, and Graph's subject, body,
 * recipients and headers take the place of those sent.
 *
 * <p>With a {@code campaignId} the email is linked to that campaign; with a {@code responseStatus}
 * too, the answer is recorded, as from Outlook, for the members among {@code contactIds} (or, when
 * none are named, for the sender). A converted member stays converted.
 */
record InteractionRequest(
    @NotNull(message = "is required: email, call, letter or note")
        @Pattern(regexp = "email|call|letter|note", message = "must be email, call, letter or note")
        String kind,
    @Pattern(regexp = "inbound|outbound", message = "must be inbound or outbound") String direction,
    @Size(max = 500) String subject,
    @Size(max = 10000) String summary,
    Instant occurredAt,
    @Size(max = 1000) String internetMessageId,
    @Size(max = 1000) String conversationId,
    UUID campaignId,
    ResponseStatus responseStatus,
    @Size(max = 50) List<@NotNull UUID> contactIds,
    @Valid Participant from,
    @Size(max = 500) List<@NotNull @Valid Participant> to,
    @Size(max = 500) List<@NotNull @Valid Participant> cc,
    @Size(max = 1000) String restId,
    @Size(max = 320) String sharedMailbox,
    @Size(max = 1000) String inReplyTo,
    @Size(max = 20000) String references,
    @Size(max = 2000) String webLink,
    @Size(max = 100) List<@NotNull @Size(max = 500) String> attachmentNames) {

  InteractionRequest {
    contactIds = contactIds == null ? List.of() : contactIds;
    to = to == null ? List.of() : to;
    cc = cc == null ? List.of() : cc;
    attachmentNames = attachmentNames == null ? List.of() : attachmentNames;
  }

  /** Every address on the message: sender, To and Cc. */
  List<String> addresses() {
    var all = new java.util.ArrayList<String>();
    if (from != null) {
      all.add(from.address());
    }
    to.forEach(p -> all.add(p.address()));
    cc.forEach(p -> all.add(p.address()));
    return all;
  }
}
