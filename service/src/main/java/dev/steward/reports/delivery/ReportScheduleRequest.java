package dev.steward.reports.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A firm's report schedule as an admin sets it.
 *
 * @param dayOfWeek weekly runs' day, 1 (Monday) to 7 (Sunday)
 * @param dayOfMonth monthly runs' day, 1 to 28
 * @param time the time of day, in {@code timeZone}
 * @param timeZone an IANA time zone such as {@code Europe/London}; UTC when empty
 * @param campaignId the campaign, for a campaign report
 * @param version the version read, for optimistic locking (or an If-Match header); omitted for the
 *     first save
 */
@NullMarked
public record ReportScheduleRequest(
    boolean enabled,
    @NotNull(message = "is required: daily, weekly or monthly") Frequency frequency,
    @Min(value = 1, message = "must be 1 (Monday) to 7 (Sunday)")
        @Max(value = 7, message = "must be 1 (Monday) to 7 (Sunday)")
        @Nullable Integer dayOfWeek,
    @Min(value = 1, message = "must be 1 to 28") @Max(value = 28, message = "must be 1 to 28")
        @Nullable Integer dayOfMonth,
    @NotNull(message = "is required, such as 07:00") LocalTime time,
    @Nullable String timeZone,
    @NotNull(message = "is required: portfolio or campaign") ReportKind report,
    @Nullable UUID campaignId,
    @NotNull(message = "is required") @Valid Destination destination,
    @Nullable Long version) {}
