package dev.steward.mail.sending;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How a firm sends its campaign mail. Blank addresses fall back to the service's configuration.
 *
 * @param transport {@code smtp} (the service's SMTP server) or {@code graph} (the firm's Microsoft
 *     365 mailbox)
 * @param graphMailbox the mailbox Graph sends from (needed for {@code graph})
 * @param mailsPerMinute the firm's rate; null for the service's default
 * @param maxMembersPerSend the most members one send may mail; null for no cap
 */
public record FirmMailSettings(
    @NotNull @Pattern(regexp = "smtp|graph", message = "must be smtp or graph") String transport,
    @Email @Size(max = 320) String fromAddress,
    @Size(max = 200) String fromName,
    @Email @Size(max = 320) String replyTo,
    @Email @Size(max = 320) String graphMailbox,
    @Min(1) @Max(100_000) Integer mailsPerMinute,
    @Min(1) Integer maxMembersPerSend,
    Long version) {

  static final FirmMailSettings DEFAULTS =
      new FirmMailSettings("smtp", null, null, null, null, null, null, null);

  boolean graph() {
    return "graph".equals(transport);
  }
}
