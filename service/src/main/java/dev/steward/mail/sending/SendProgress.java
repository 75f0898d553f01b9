package dev.steward.mail.sending;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How a campaign's send stands.
 *
 * @param sent members sent to, by Steward or by a tracked mail from Outlook
 * @param sentFromOutlook of {@code sent}, those sent a tracked mail from Outlook
 * @param remaining members still to be sent (queued, or being sent now)
 * @param toSend members not in the send yet whom a send now would mail; null while mail is going
 *     out
 * @param problems the latest failed and skipped members, with the reason
 */
record SendProgress(
    boolean started,
    String transport,
    Instant startedAt,
    Instant completedAt,
    int sent,
    int sentFromOutlook,
    int failed,
    int skipped,
    int remaining,
    Integer toSend,
    List<Problem> problems) {

  record Problem(UUID contactId, String address, String state, String reason) {}
}
