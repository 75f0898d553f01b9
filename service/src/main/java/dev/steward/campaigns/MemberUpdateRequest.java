package dev.steward.campaigns;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member's response: the status, notes (replaced; null clears them), how it was recorded (manual
 * when missing), and optionally when they responded (an ISO instant, not in the future) and the
 * version the client edited.
 */
record MemberUpdateRequest(
    @NotNull(message = "is required: pending, responded, converted or not_interested")
        ResponseStatus status,
    @Size(max = 2000) String notes,
    RecordedVia recordedVia,
    String respondedAt,
    Long version) {}
