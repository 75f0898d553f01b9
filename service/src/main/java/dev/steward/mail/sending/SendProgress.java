package dev.steward.mail.sending;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How a campaign's send stands.
 *
 * @param remaining members still to be sent (queued, or being sent now)
 * @param problems the latest failed and skipped members, with the reason
 */
record SendProgress(
    boolean started,
    String transport,
    Instant startedAt,
    Instant completedAt,
    int sent,
    int failed,
    int skipped,
    int remaining,
    List<Problem> problems) {

  record Problem(UUID contactId, String address, String state, String reason) {}
}
