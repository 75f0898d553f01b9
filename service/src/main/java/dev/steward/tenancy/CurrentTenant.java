package dev.steward.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The firm the current thread works for. Every transaction hands it to PostgreSQL, whose row-level
 * security then shows and accepts only that firm's rows. With none set, the database shows nothing.
 */
public final class CurrentTenant {

  private static final ThreadLocal<UUID> TENANT = new ThreadLocal<>();

  private CurrentTenant() {}

  public static Optional<UUID> id() {
    return Optional.ofNullable(TENANT.get());
  }

  public static UUID require() {
    UUID id = TENANT.get();
    if (id == null) {
      throw new IllegalStateException("No tenant is set for this thread");
    }
    return id;
  }

  static void set(UUID tenantId) {
    TENANT.set(tenantId);
  }

  static void clear() {
    TENANT.remove();
  }

  /** Runs {@code work} for {@code tenantId}, then restores whatever tenant was set before. */
  public static <T> T callAs(UUID tenantId, Supplier<T> work) {
    UUID previous = TENANT.get();
    TENANT.set(tenantId);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        TENANT.remove();
      } else {
        TENANT.set(previous);
      }
    }
  }

  public static void runAs(UUID tenantId, Runnable work) {
    callAs(
        tenantId,
        () -> {
          work.run();
          return null;
        });
  }
}
