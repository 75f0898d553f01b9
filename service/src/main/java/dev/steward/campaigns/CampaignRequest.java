package dev.steward.campaigns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as a client sends it to create or replace one. {@code sendDate} is an ISO date ({@code
 * 2026-03-01}); a missing status keeps the current one (a new campaign starts as a draft).
 */
@NullMarked
record CampaignRequest(
    @NotBlank(message = "is required") @Size(max = 200) String name,
    @Size(max = 5000) @Nullable String description,
    @NotNull(message = "is required: email, phone or mail") Channel channel,
    @Nullable String sendDate,
    @Nullable CampaignStatus status,
    @Nullable Long version) {

  CampaignFields toFields() {
    return new CampaignFields(
        name.strip(),
        clean(description),
        channel,
        CampaignDates.parse("sendDate", sendDate),
        status);
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
