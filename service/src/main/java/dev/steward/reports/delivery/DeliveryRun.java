package dev.steward.reports.delivery;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One scheduled run and how it ended.
 *
 * @param dueAt the time the run was due
 * @param status {@code running}, {@code delivered} or {@code failed}
 * @param periodFrom the first day reported on (portfolio reports)
 * @param periodTo the last day reported on (portfolio reports)
 * @param fileName the file as stored (renamed if the folder held one of that name)
 * @param webUrl where the file opens in the browser
 * @param error why the run failed, in words an admin can act on
 */
@NullMarked
public record DeliveryRun(
    UUID id,
    Instant dueAt,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    @Schema(allowableValues = {"running", "delivered", "failed"}) String status,
    @Nullable LocalDate periodFrom,
    @Nullable LocalDate periodTo,
    @Nullable String fileName,
    @Nullable String webUrl,
    @Nullable String error) {}
