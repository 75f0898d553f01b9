package dev.steward.contacts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A contact as a client sends it to create or replace one. Blank strings count as empty. {@code
 * email} and {@code phone} are the primary ones; {@code otherEmails} and {@code otherPhones} the
 * rest, left as they are when absent (like {@code tags}).
 */
@NullMarked
public record ContactRequest(
    @NotNull(message = "is required: individual, business or estate") ContactType type,
    @Size(max = 100) @Nullable String firstName,
    @Size(max = 100) @Nullable String lastName,
    @Size(max = 200) @Nullable String companyName,
    @Size(max = 100) @Nullable String jobTitle,
    @Size(max = 254) @Nullable String email,
    @Size(max = 50) @Nullable String phone,
    @Size(max = 200) @Nullable String addressLine1,
    @Size(max = 200) @Nullable String addressLine2,
    @Size(max = 100) @Nullable String city,
    @Size(max = 100) @Nullable String region,
    @Size(max = 20) @Nullable String postalCode,
    @Size(max = 100) @Nullable String country,
    @Size(max = 10000) @Nullable String notes,
    @Size(max = 50, message = "may hold at most 50 tags")
        @Nullable List<@NotNull @Size(min = 1, max = 50) String> tags,
    @Size(max = 100) @Nullable Map<String, Object> customFields,
    @Size(max = 10, message = "may hold at most 10 more emails")
        @Nullable List<@NotNull @Valid OtherEmail> otherEmails,
    @Size(max = 10, message = "may hold at most 10 more phones")
        @Nullable List<@NotNull @Valid OtherPhone> otherPhones,
    @Nullable Long version) {}
