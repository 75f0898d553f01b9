package dev.steward.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long deleted records stay restorable, for every feature with a trash ({@code
 * steward.trash.*}, {@code STEWARD_TRASH_*}).
 *
 * @param retention how long a record stays in the trash before the purge deletes it for good
 * @param purgeCron when the purges run (a Spring cron expression, in the machine's zone)
 */
@Validated
@ConfigurationProperties("steward.trash")
public record TrashSettings(
    @DefaultValue("30d") @NotNull Duration retention,
    @DefaultValue("0 17 3 * * *") @NotBlank String purgeCron) {}
