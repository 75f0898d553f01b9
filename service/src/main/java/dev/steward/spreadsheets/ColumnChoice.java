package dev.steward.spreadsheets;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The user's choice for one column in {@code PUT /api/imports/{id}/mapping}.
 *
 * @param column zero-based column index
 * @param field what the column fills, {@code ignore} to leave it out
 * @param customField the key of an existing custom field, when {@code field} is {@code customField}
 */
@NullMarked
public record ColumnChoice(
    @NotNull(message = "is required: the zero-based column index") @Min(0) Integer column,
    @NotNull(message = "is required: a field such as firstName, email or ignore") ImportField field,
    @Nullable String customField) {}
