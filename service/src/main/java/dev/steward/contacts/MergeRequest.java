package dev.steward.contacts;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;

/**
 * Merge {@code duplicateId} into the contact of the path. Both versions are the ones the person
 * saw; {@code choices} says, per conflicting field ({@code city}, {@code customFields.risk}), which
 * side's value the survivor keeps: {@code survivor} (the default) or {@code duplicate}.
 */
public record MergeRequest(
    @NotNull UUID duplicateId,
    @NotNull Long survivorVersion,
    @NotNull Long duplicateVersion,
    Map<String, MergeSide> choices) {}
