package dev.steward.mail.unsubscribe;

import dev.steward.platform.web.WebSettings;
import dev.steward.tenancy.CurrentTenant;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The unsubscribe link of a member's mail: the service's public URL and a signed token that
 * expires.
 */
@Component
public class UnsubscribeLinks {

  /** Where the links point, below the public URL. */
  public static final String PATH = "/api/unsubscribe/";

  private final UnsubscribeTokens tokens;
  private final String publicUrl;
  private final Duration validFor;
  private final Clock clock = Clock.systemUTC();

  UnsubscribeLinks(UnsubscribeTokens tokens, WebSettings web, UnsubscribeSettings settings) {
    this.tokens = tokens;
    this.publicUrl = web.publicUrl();
    this.validFor = settings.unsubscribeValidFor();
  }

  /** A link for a contact of the current firm, from a campaign's mail. */
  public String forContact(UUID contactId, UUID campaignId) {
    var claims =
        new UnsubscribeTokens.Claims(
            CurrentTenant.require(), contactId, campaignId, clock.instant().plus(validFor));
    return publicUrl + PATH + tokens.issue(claims);
  }
}
