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
    @Size(max = ContactRules.MAX_NAME) @Nullable String firstName,
    @Size(max = ContactRules.MAX_NAME) @Nullable String lastName,
    @Size(max = ContactRules.MAX_COMPANY_NAME) @Nullable String companyName,
    @Size(max = ContactRules.MAX_JOB_TITLE) @Nullable String jobTitle,
    @Size(max = ContactRules.MAX_EMAIL) @Nullable String email,
    @Size(max = ContactRules.MAX_PHONE_AS_TYPED) @Nullable String phone,
    @Size(max = ContactRules.MAX_ADDRESS_LINE) @Nullable String addressLine1,
    @Size(max = ContactRules.MAX_ADDRESS_LINE) @Nullable String addressLine2,
    @Size(max = ContactRules.MAX_PLACE) @Nullable String city,
    @Size(max = ContactRules.MAX_PLACE) @Nullable String region,
    @Size(max = ContactRules.MAX_POSTAL_CODE) @Nullable String postalCode,
    @Size(max = ContactRules.MAX_PLACE) @Nullable String country,
    @Size(max = ContactRules.MAX_NOTES) @Nullable String notes,
    @Size(
            max = ContactRules.MAX_TAGS,
            message = "may hold at most " + ContactRules.MAX_TAGS + " tags")
        @Nullable List<@NotNull @Size(min = 1, max = ContactRules.MAX_TAG_NAME) String> tags,
    @Size(max = ContactRules.MAX_CUSTOM_FIELDS) @Nullable Map<String, Object> customFields,
    @Size(
            max = ContactRules.MAX_OTHERS,
            message = "may hold at most " + ContactRules.MAX_OTHERS + " more emails")
        @Nullable List<@NotNull @Valid OtherEmail> otherEmails,
    @Size(
            max = ContactRules.MAX_OTHERS,
            message = "may hold at most " + ContactRules.MAX_OTHERS + " more phones")
        @Nullable List<@NotNull @Valid OtherPhone> otherPhones,
    @Nullable Long version) {}
