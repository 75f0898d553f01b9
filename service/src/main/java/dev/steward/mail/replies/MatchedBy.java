package dev.steward.mail.replies;

import java.util.Locale;

/** How a message was found to answer a campaign, strongest first. */
enum MatchedBy {
  /** It is in the conversation of a campaign mail Steward sent or filed. */
  CONVERSATION,
  /** Its In-Reply-To or References header names a campaign mail. */
  IN_REPLY_TO,
  /**
   * Only its sender: a pending member, writing after the campaign went out. A person may undo it.
   */
  SENDER;

  String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static MatchedBy of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
