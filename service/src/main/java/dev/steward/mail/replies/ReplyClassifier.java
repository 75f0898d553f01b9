package dev.steward.mail.replies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an inbox message answers a campaign, and whose answer it is. In order of
 * strength: the message is in the conversation of a campaign mail; its In-Reply-To or References
 * names one; or, failing both, its sender is a pending member who wrote after the campaign went
 * out. Automatic replies and bounces answer nothing. The reply is the sender's: a conversation or
 * header match whose sender is not a pending member of that campaign records nothing.
 */
final class ReplyClassifier {

  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

  private ReplyClassifier() {}

  /**
   * A campaign the sender is a pending member of, and when it went out (null: no send date, so no
   * sender match).
   */
  record PendingMembership(UUID campaignId, UUID contactId, Instant sentFrom) {}

  /**
   * What is known about one message.
   *
   * @param headers the message's Internet headers, names in lower case (empty when not read)
   * @param conversationCampaign the campaign of a campaign mail in the message's conversation, or
   *     null
   * @param referencedCampaign the campaign of a campaign mail its In-Reply-To or References names,
   *     or null
   * @param senderMemberships the sender's pending memberships in campaigns that went out
   */
  record Facts(
      String subject,
      String senderAddress,
      Instant receivedAt,
      Map<String, List<String>> headers,
      UUID conversationCampaign,
      UUID referencedCampaign,
      List<PendingMembership> senderMemberships) {}

  /** The verdict: a reply of a member to a campaign, or why the message is none. */
  record Verdict(UUID campaignId, UUID contactId, MatchedBy matchedBy, String notAReplyBecause) {

    boolean isReply() {
      return campaignId != null;
    }

    static Verdict none(String because) {
      return new Verdict(null, null, null, because);
    }
  }

  static Verdict classify(Facts facts) {
    String automatic =
        AutomaticMail.reason(facts.subject(), facts.senderAddress(), facts.headers());
    if (automatic != null) {
      return Verdict.none(automatic);
    }
    if (facts.conversationCampaign() != null) {
      return memberOf(facts, facts.conversationCampaign(), MatchedBy.CONVERSATION);
    }
    if (facts.referencedCampaign() != null) {
      return memberOf(facts, facts.referencedCampaign(), MatchedBy.IN_REPLY_TO);
    }
    // The campaign that went out last before the message came is the one it most likely answers
    return facts.senderMemberships().stream()
        .filter(
            membership ->
                membership.sentFrom() != null
                    && facts.receivedAt() != null
                    && !membership.sentFrom().isAfter(facts.receivedAt()))
        .max(Comparator.comparing(PendingMembership::sentFrom))
        .map(
            membership ->
                new Verdict(
                    membership.campaignId(), membership.contactId(), MatchedBy.SENDER, null))
        .orElseGet(
            () ->
                Verdict.none(
                    "no campaign mail in its conversation or headers, and its sender is no "
                        + "pending member of a campaign sent before it came"));
  }

  /** The Message-IDs a message's In-Reply-To and References headers name, nearest first. */
  static Set<String> referencedMessageIds(Map<String, List<String>> headers) {
    Set<String> ids = new LinkedHashSet<>();
    for (String name : List.of("in-reply-to", "references")) {
      List<String> values = headers.getOrDefault(name, List.of());
      List<String> found = new ArrayList<>();
      for (String value : values) {
        Matcher matcher = MESSAGE_ID.matcher(value);
        while (matcher.find()) {
          found.add(matcher.group());
        }
      }
      // References lists the oldest first; the nearest ancestor is the last
      if (name.equals("references")) {
        java.util.Collections.reverse(found);
      }
      ids.addAll(found);
    }
    return ids;
  }

  private static Verdict memberOf(Facts facts, UUID campaignId, MatchedBy matchedBy) {
    return facts.senderMemberships().stream()
        .filter(membership -> membership.campaignId().equals(campaignId))
        .findFirst()
        .map(membership -> new Verdict(campaignId, membership.contactId(), matchedBy, null))
        .orElseGet(
            () ->
                Verdict.none(
                    "it answers a campaign mail, but its sender is no pending member of that "
                        + "campaign"));
  }
}
