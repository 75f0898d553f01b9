package dev.steward.tenancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The firms' settings: the first firm's name ({@code STEWARD_FIRM_NAME}) and the trash every
 * feature with one shares ({@code STEWARD_TRASH_*}).
 *
 * @param firmName the name of the firm created at first start
 */
@Validated
@ConfigurationProperties("steward")
public record TenancySettings(
    @DefaultValue("My Firm") @NotBlank String firmName, @DefaultValue @Valid Trash trash) {

  /**
   * How long deleted records stay restorable.
   *
   * @param retention how long a record stays in the trash before the purge deletes it for good
   * @param purgeCron when the purges run (a Spring cron expression, in the machine's zone)
   */
  public record Trash(
      @DefaultValue("30d") @NotNull Duration retention,
      @DefaultValue("0 17 3 * * *") @NotBlank String purgeCron) {}
}
