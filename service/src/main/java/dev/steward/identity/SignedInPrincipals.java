package dev.steward.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.steward.identity.IdentityEvents.MfaDisabled;
import dev.steward.identity.IdentityEvents.MfaEnabled;
import dev.steward.identity.IdentityEvents.PasswordChanged;
import dev.steward.identity.IdentityEvents.TenantSettingsChanged;
import dev.steward.identity.IdentityEvents.UserChanged;
import dev.steward.identity.IdentityEvents.UserSignedOut;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The principals resolved from tokens in the last few seconds ({@link
 * IdentitySettings#principalCacheFor()}), so that a burst of requests (a search box, the Outlook
 * pane's lookups) does not read the user and the firm each time. A change to a user or a firm on
 * this instance drops their entries once it commits; on another instance it takes effect within the
 * cache's time.
 */
@Component
class SignedInPrincipals {

  private final Cache<String, StewardPrincipal> byToken;

  SignedInPrincipals(IdentitySettings settings) {
    this.byToken =
        Caffeine.newBuilder()
            .expireAfterWrite(settings.principalCacheFor())
            .maximumSize(10_000)
            .build();
  }

  /**
   * The principal cached under {@code key}, or the one {@code resolve} gives, cached unless it
   * throws.
   */
  StewardPrincipal get(String key, Supplier<StewardPrincipal> resolve) {
    StewardPrincipal cached = byToken.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    StewardPrincipal resolved = resolve.get();
    byToken.put(key, resolved);
    return resolved;
  }

  /** The principal cached under {@code key}, if any. */
  StewardPrincipal cached(String key) {
    return byToken.getIfPresent(key);
  }

  void put(String key, StewardPrincipal principal) {
    byToken.put(key, principal);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(UserChanged event) {
    forget(event.userId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(PasswordChanged event) {
    forget(event.userId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(MfaEnabled event) {
    forget(event.userId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(MfaDisabled event) {
    forget(event.userId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(UserSignedOut event) {
    forget(event.userId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(TenantSettingsChanged event) {
    byToken.asMap().values().removeIf(principal -> principal.tenantId().equals(event.tenantId()));
  }

  private void forget(UUID userId) {
    byToken.asMap().values().removeIf(principal -> principal.userId().equals(userId));
  }
}
