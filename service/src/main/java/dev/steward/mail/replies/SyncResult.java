package dev.steward.mail.replies;

/**
 * What one sync of a mailbox did.
 *
 * @param ran false when another sync held the mailbox, so this one did nothing
 * @param resynced whether Graph had forgotten the delta link, so the whole inbox was read again
 * @param error why the sync failed, in words a person can act on; null when it did not
 */
record SyncResult(
    boolean ran,
    int messagesRead,
    int headersRead,
    int repliesFound,
    boolean resynced,
    String error) {

  static SyncResult busy() {
    return new SyncResult(false, 0, 0, 0, false, null);
  }
}
