package dev.steward.mail.tracked;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Mail sent from Outlook and tracked ({@code steward.mail.tracked.*}, {@code
 * STEWARD_MAIL_TRACKED_*}).
 *
 * @param confirmWithin how long a mail recorded as sent is looked for in Sent Items before it is
 *     marked {@code not_found}
 * @param lookupInterval how often one instance looks for tracked mails in Sent Items
 */
@Validated
@ConfigurationProperties("steward.mail.tracked")
record TrackedMailSettings(
    @DefaultValue("2d") @NotNull Duration confirmWithin,
    @DefaultValue("1m") @NotNull Duration lookupInterval) {}
