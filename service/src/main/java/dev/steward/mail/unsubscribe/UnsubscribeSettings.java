package dev.steward.mail.unsubscribe;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The unsubscribe link in campaign mail ({@code STEWARD_MAIL_UNSUBSCRIBE_VALID_FOR}).
 *
 * @param unsubscribeValidFor how long the link in a mail works
 */
@Validated
@ConfigurationProperties("steward.mail")
record UnsubscribeSettings(@DefaultValue("365d") @NotNull Duration unsubscribeValidFor) {}
