package dev.steward.reports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One member of a campaign for the member sheet: the contact's details, where the response stands,
 * and how it was recorded (manual, outlook, mailbox or import; null while pending). {@code
 * daysToResponse} as {@link Definitions} defines it, null while pending or when the campaign has no
 * send date.
 */
public record MemberRow(
    String name,
    String type,
    String company,
    String email,
    String phone,
    String city,
    LocalDate addedOn,
    String status,
    Instant responseDate,
    Integer daysToResponse,
    String recordedVia) {}
