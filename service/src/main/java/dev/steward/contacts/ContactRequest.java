package dev.steward.contacts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A contact as a client sends it to create or replace one. Blank strings count as empty. {@code
 * email} and {@code phone} are the primary ones; {@code otherEmails} and {@code otherPhones} the
 * rest, left as they are when absent (like {@code tags}).
 */
public record ContactRequest(
    @NotNull(message = "is required: individual, business or estate") ContactType type,
    @Size(max = 100) String firstName,
    @Size(max = 100) String lastName,
    @Size(max = 200) String companyName,
    @Size(max = 100) String jobTitle,
    @Size(max = 254) String email,
    @Size(max = 50) String phone,
    @Size(max = 200) String addressLine1,
    @Size(max = 200) String addressLine2,
    @Size(max = 100) String city,
    @Size(max = 100) String region,
    @Size(max = 20) String postalCode,
    @Size(max = 100) String country,
    @Size(max = 10000) String notes,
    @Size(max = 50, message = "may hold at most 50 tags")
        List<@NotNull @Size(min = 1, max = 50) String> tags,
    @Size(max = 100) Map<String, Object> customFields,
    @Size(max = 10, message = "may hold at most 10 more emails")
        List<@NotNull @Valid OtherEmail> otherEmails,
    @Size(max = 10, message = "may hold at most 10 more phones")
        List<@NotNull @Valid OtherPhone> otherPhones,
    Long version) {}
