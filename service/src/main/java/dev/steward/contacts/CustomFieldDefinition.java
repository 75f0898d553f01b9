package dev.steward.contacts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;

/** A field a firm adds to its contacts, such as {@code date_of_death} for estates. */
@NullMarked
public record CustomFieldDefinition(
    @NotBlank
        @Pattern(
            regexp = "^[a-z][a-z0-9_]{0,49}$",
            message =
                "must start with a letter and hold only lowercase letters, digits and _ (at most 50)")
        String key,
    @NotBlank @Size(max = 100) String label,
    @NotNull(message = "is required: text, number, date or boolean") CustomFieldType type) {}
