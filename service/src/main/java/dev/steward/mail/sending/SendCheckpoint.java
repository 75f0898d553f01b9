package dev.steward.mail.sending;

import java.util.UUID;

/**
 * A point in each member's send where a test stops the sender hard, as a crash would: after the
 * transport handed the mail over and before the send is recorded. The service's own does nothing.
 */
interface SendCheckpoint {

  void handedOver(UUID memberId);

  SendCheckpoint NONE = memberId -> {};
}
