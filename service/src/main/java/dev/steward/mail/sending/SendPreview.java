package dev.steward.mail.sending;

/**
 * What sending now would do, for the confirmation: how many members would get the mail, how many
 * are skipped and why, and how many are in the send already (sent, failed or on their way).
 *
 * @param cap the firm's cap on members per send, or null
 */
record SendPreview(
    int willReceive,
    int skippedNoEmail,
    int skippedOptedOut,
    int skippedInTrash,
    int alreadyInSend,
    Integer cap,
    String unavailable) {

  int skipped() {
    return skippedNoEmail + skippedOptedOut + skippedInTrash;
  }
}
