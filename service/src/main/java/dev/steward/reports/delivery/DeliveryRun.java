package dev.steward.reports.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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
public record DeliveryRun(
    UUID id,
    Instant dueAt,
    Instant startedAt,
    Instant finishedAt,
    String status,
    LocalDate periodFrom,
    LocalDate periodTo,
    String fileName,
    String webUrl,
    String error) {}
