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
    @Size(max = ContactRules.MAX_NAME) String firstName,
    @Size(max = ContactRules.MAX_NAME) String lastName,
    @Size(max = ContactRules.MAX_COMPANY_NAME) String companyName,
    @Size(max = ContactRules.MAX_JOB_TITLE) String jobTitle,
    @Size(max = ContactRules.MAX_EMAIL) String email,
    @Size(max = ContactRules.MAX_PHONE_AS_TYPED) String phone,
    @Size(max = ContactRules.MAX_ADDRESS_LINE) String addressLine1,
    @Size(max = ContactRules.MAX_ADDRESS_LINE) String addressLine2,
    @Size(max = ContactRules.MAX_PLACE) String city,
    @Size(max = ContactRules.MAX_PLACE) String region,
    @Size(max = ContactRules.MAX_POSTAL_CODE) String postalCode,
    @Size(max = ContactRules.MAX_PLACE) String country,
    @Size(max = ContactRules.MAX_NOTES) String notes,
    @Size(
            max = ContactRules.MAX_TAGS,
            message = "may hold at most " + ContactRules.MAX_TAGS + " tags")
        List<@NotNull @Size(min = 1, max = ContactRules.MAX_TAG_NAME) String> tags,
    @Size(max = ContactRules.MAX_CUSTOM_FIELDS) Map<String, Object> customFields,
    @Size(
            max = ContactRules.MAX_OTHERS,
            message = "may hold at most " + ContactRules.MAX_OTHERS + " more emails")
        List<@NotNull @Valid OtherEmail> otherEmails,
    @Size(
            max = ContactRules.MAX_OTHERS,
            message = "may hold at most " + ContactRules.MAX_OTHERS + " more phones")
        List<@NotNull @Valid OtherPhone> otherPhones,
    Long version) {}
