package dev.steward.microsoft;

import java.time.Instant;
import java.util.List;

/**
 * An email as Microsoft Graph holds it, read by its REST id.
 *
 * @param id the message's id (immutable, as Steward asks Graph for)
 * @param bodyText the body as plain text (Graph converts an HTML body)
 * @param inReplyTo the {@code In-Reply-To} header, or null
 * @param references the {@code References} header (message ids separated by spaces), or null
 * @param attachmentNames the names of its attachments, none of their content
 * @param webLink where a person opens the message in Outlook on the web
 */
public record ReadMessage(
    String id,
    String subject,
    String bodyText,
    String bodyPreview,
    Address from,
    List<Address> to,
    List<Address> cc,
    String internetMessageId,
    String conversationId,
    String inReplyTo,
    String references,
    List<String> attachmentNames,
    String webLink,
    Instant receivedAt) {

  /** An email address with its display name (which may be empty). */
  public record Address(String address, String name) {}
}
