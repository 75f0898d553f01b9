package dev.steward.contacts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new edge from the contact in the path to {@code toContactId}. */
public record RelationshipRequest(
    @NotNull(message = "is required") UUID toContactId,
    @NotNull(
            message =
                "is required: works_for, owns, manages, related_to, spouse, executor, trustee, beneficiary"
                    + " or power_of_attorney")
        RelationshipType type,
    @Size(max = 2000) String notes) {}
