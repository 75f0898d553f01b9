package dev.steward.contacts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The contacts' settings: how many lists and searches run at once ({@code STEWARD_CONTACTS_*}) and
 * the region of phone numbers written without a country code ({@code
 * STEWARD_PHONE_DEFAULT_REGION}).
 */
@Validated
@ConfigurationProperties("steward")
record ContactSettings(@DefaultValue @Valid Search contacts, @DefaultValue @Valid Phone phone) {

  /**
   * @param searchConcurrency how many contact lists and searches run at once; 0 for as many as
   *     there are cores
   * @param lookupConcurrency how many lookups by email run at once; 0 for as many as there are
   *     cores
   * @param searchQueueWait how long one may wait for its turn before it is answered 503
   */
  record Search(
      @DefaultValue("0") @PositiveOrZero int searchConcurrency,
      @DefaultValue("0") @PositiveOrZero int lookupConcurrency,
      @DefaultValue("5s") @NotNull Duration searchQueueWait) {}

  /**
   * @param defaultRegion the region (US, GB, DE...) of numbers without a country code, for firms
   *     that have not set their own country
   */
  record Phone(
      @DefaultValue("US")
          @Pattern(
              regexp = "\\s*[A-Za-z]{2}\\s*",
              message = "must be a two-letter region code such as US, GB or DE")
          String defaultRegion) {}
}
