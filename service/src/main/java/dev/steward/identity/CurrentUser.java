package dev.steward.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, if any. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<StewardPrincipal> get() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof StewardPrincipal principal) {
      return Optional.of(principal);
    }
    return Optional.empty();
  }

  /** The user's id, or null outside a signed-in request (a scheduled job, the demo loader). */
  public static UUID idOrNull() {
    return get().map(StewardPrincipal::userId).orElse(null);
  }
}
